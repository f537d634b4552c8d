package tieout.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tieout.ledger.Period;
import tieout.rules.Severity;
import tieout.taxonomy.Dimensions;

/**
 * The result of one check of one rule in one context.
 *
 * <p>For PASS and FAIL, {@code reported} is the figure as printed (the total, the left side),
 * {@code computed} what its parts add up to as printed, {@code variance = reported - computed},
 * and {@code tolerance} the largest |variance| that still ties: the rounding half-widths of every
 * figure involved plus any materiality allowance. NOT_EVALUATED findings carry a {@code reason}
 * and no amounts.
 *
 * <p>A value class with a record's constructor, accessors, equality and text, but it keeps absent
 * amounts as nulls rather than {@link Optional}s: a million-fact run keeps some 800,000 findings
 * alive, and five wrappers each were a fifth of their memory.
 */
public final class Finding {
  private final String rule;
  private final Severity severity;
  private final Status status;
  private final String message;
  private final String entity;
  private final Period period;
  private final Dimensions dimensions;
  private final BigDecimal reported;
  private final BigDecimal computed;
  private final BigDecimal variance;
  private final BigDecimal tolerance;
  private final String reason;
  private final List<Operand> operands;

  public Finding(
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
      List<Operand> operands) {
    this(rule, severity, status, message, entity, period, dimensions, reported.orElse(null), computed.orElse(null),
        variance.orElse(null), tolerance.orElse(null), reason.orElse(null), operands);
  }

  /**
   * As the public constructor, with absent amounts and reason as nulls: the engine makes one finding
   * a check, and five Optionals each were a measurable share of a large run's garbage
   * ({@code docs/performance.md#speed-tricks-kept}, "Less garbage per check").
   */
  Finding(
      String rule,
      Severity severity,
      Status status,
      String message,
      String entity,
      Period period,
      Dimensions dimensions,
      BigDecimal reported,
      BigDecimal computed,
      BigDecimal variance,
      BigDecimal tolerance,
      String reason,
      List<Operand> operands) {
    this.rule = checkNotNull(rule);
    this.severity = checkNotNull(severity);
    this.status = checkNotNull(status);
    this.message = checkNotNull(message);
    this.entity = checkNotNull(entity);
    this.period = checkNotNull(period);
    this.dimensions = checkNotNull(dimensions);
    this.reported = reported;
    this.computed = computed;
    this.variance = variance;
    this.tolerance = tolerance;
    this.reason = reason;
    // Lists the engine builds are kept as they are (compact and immutable); others are copied.
    this.operands = operands instanceof OperandList ? operands : ImmutableList.copyOf(operands);
    checkArgument(status != Status.NOT_EVALUATED || reason != null, "a NOT_EVALUATED finding needs a reason");
  }

  public String rule() {
    return rule;
  }

  public Severity severity() {
    return severity;
  }

  public Status status() {
    return status;
  }

  public String message() {
    return message;
  }

  public String entity() {
    return entity;
  }

  public Period period() {
    return period;
  }

  public Dimensions dimensions() {
    return dimensions;
  }

  public Optional<BigDecimal> reported() {
    return Optional.ofNullable(reported);
  }

  public Optional<BigDecimal> computed() {
    return Optional.ofNullable(computed);
  }

  public Optional<BigDecimal> variance() {
    return Optional.ofNullable(variance);
  }

  public Optional<BigDecimal> tolerance() {
    return Optional.ofNullable(tolerance);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Immutable. */
  public List<Operand> operands() {
    return operands;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof Finding f
            && rule.equals(f.rule)
            && severity == f.severity
            && status == f.status
            && message.equals(f.message)
            && entity.equals(f.entity)
            && period.equals(f.period)
            && dimensions.equals(f.dimensions)
            && Objects.equals(reported, f.reported)
            && Objects.equals(computed, f.computed)
            && Objects.equals(variance, f.variance)
            && Objects.equals(tolerance, f.tolerance)
            && Objects.equals(reason, f.reason)
            && operands.equals(f.operands));
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, severity, status, message, entity, period, dimensions, reported, computed,
        variance, tolerance, reason, operands);
  }

  /** As a record would print it. */
  @Override
  public String toString() {
    return "Finding[rule=" + rule + ", severity=" + severity + ", status=" + status + ", message=" + message
        + ", entity=" + entity + ", period=" + period + ", dimensions=" + dimensions
        + ", reported=" + reported() + ", computed=" + computed() + ", variance=" + variance()
        + ", tolerance=" + tolerance() + ", reason=" + reason() + ", operands=" + operands + "]";
  }
}
