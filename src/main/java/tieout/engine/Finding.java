package tieout.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import tieout.ledger.Dimensions;
import tieout.ledger.Period;
import tieout.rules.Severity;

/**
 * The result of one check of one rule in one context.
 *
 * <p>For PASS and FAIL, {@code reported} is the figure as printed (the total, the left side),
 * {@code computed} what its parts add up to as printed, {@code variance = reported - computed},
 * and {@code tolerance} the largest |variance| that still ties: the rounding half-widths of every
 * figure involved plus any materiality allowance. NOT_EVALUATED findings carry a {@code reason}
 * and no amounts.
 */
public record Finding(
    String rule,
    Severity severity,
    Status status,
    String message,
    String entity,
    Period period,
    Dimensions dimensions,
    Optional<BigDecimal> reported,
    Optional<BigDecimal> computed,
    Optional<BigDecimal> variance,
    Optional<BigDecimal> tolerance,
    Optional<String> reason,
    ImmutableList<Operand> operands) {

  public Finding {
    checkNotNull(rule);
    checkNotNull(severity);
    checkNotNull(status);
    checkNotNull(message);
    checkNotNull(entity);
    checkNotNull(period);
    checkNotNull(dimensions);
    checkNotNull(operands);
    checkArgument(
        status != Status.NOT_EVALUATED || reason.isPresent(), "a NOT_EVALUATED finding needs a reason");
  }
}
