package tieout.history;

import java.time.Instant;
import java.util.Optional;

/**
 * One recorded run and its counts, as {@code tieout history} lists it.
 *
 * @param open every finding failing in this run, new ones included
 * @param mailStatus {@code pending}, {@code sent}, {@code failed} or {@code dry-run}
 */
public record RunSummary(
    long id,
    String job,
    Instant startedAt,
    int checks,
    int passed,
    int failed,
    int notEvaluated,
    int newCount,
    int open,
    int resolved,
    String mailStatus,
    Optional<String> outputDir) {}
