package tieout.load.xbrl;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * The summation-item relationships of one total in one extended link role of a calculation
 * linkbase: {@code total = sum of weight x item}.
 */
public record Summation(String role, String total, ImmutableList<Item> items) {
  /** One contributing item and its weight (1 or -1 on real filings; any decimal is allowed). */
  public record Item(String concept, BigDecimal weight) {}
}
