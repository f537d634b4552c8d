package tieout.narrative;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import tieout.ledger.Period;

/**
 * What every sentence of one document is read with: the captions, the entity's own words (its
 * possessive does not narrow a caption), the fiscal year end (a month's quarter), the breakdown
 * members, and the precision the document declares for round figures ({@code -3} when it says its
 * amounts are in thousands, else {@code 0}), and the period a sentence naming none refers to (a
 * 10-K's fiscal year; none for a text file).
 */
record ReadingContext(
    CaptionIndex captions, Set<String> entityWords, MonthDay fiscalYearEnd, Breakdowns breakdowns, int roundDigits,
    Optional<Period> documentPeriod) {
  ReadingContext {
    checkNotNull(captions);
    checkNotNull(entityWords);
    checkNotNull(fiscalYearEnd);
    checkNotNull(breakdowns);
    checkNotNull(documentPeriod);
  }

  ReadingContext withRoundDigits(int digits) {
    return new ReadingContext(captions, entityWords, fiscalYearEnd, breakdowns, digits, documentPeriod);
  }

  ReadingContext withDocumentPeriod(Optional<Period> p) {
    return new ReadingContext(captions, entityWords, fiscalYearEnd, breakdowns, roundDigits, p);
  }
}
