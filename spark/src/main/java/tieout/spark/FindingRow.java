package tieout.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tieout.engine.Finding;
import tieout.ledger.Amounts;
import tieout.load.InputProblem;

/**
 * One line of the job's output: the JSON report's finding fields (amounts as its plain decimal
 * text, exact), plus the filing (adsh) and the source (the zip, or for an unreadable input where
 * it is). An unreadable input is a row of status {@code UNREADABLE} as in {@code check}'s reports.
 */
public record FindingRow(
    String rule,
    String severity,
    String status,
    String message,
    String entity,
    String period,
    String dimensions,
    String reported,
    String computed,
    String variance,
    String tolerance,
    String reason,
    String filing,
    String source) implements Serializable {

  /** The columns, in order; amounts as text: a decimal column would need one scale for all. */
  public static final StructType SCHEMA = new StructType()
      .add("rule", DataTypes.StringType)
      .add("severity", DataTypes.StringType, false)
      .add("status", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false)
      .add("entity", DataTypes.StringType)
      .add("period", DataTypes.StringType)
      .add("dimensions", DataTypes.StringType)
      .add("reported", DataTypes.StringType)
      .add("computed", DataTypes.StringType)
      .add("variance", DataTypes.StringType)
      .add("tolerance", DataTypes.StringType)
      .add("reason", DataTypes.StringType)
      .add("filing", DataTypes.StringType)
      .add("source", DataTypes.StringType);

  /** The SEC accession number inside an entity name ({@code NAME (CIK 1750, 0001104659-10-012345)}). */
  private static final Pattern ADSH = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

  public static FindingRow of(Finding f, String source) {
    return new FindingRow(f.rule(), f.severity().keyword(), f.status().name(), f.message(), f.entity(),
        f.period().toString(), f.dimensions().toString(), plain(f.reported()), plain(f.computed()),
        plain(f.variance()), plain(f.tolerance()), f.reason().orElse(null), filing(f.entity()), source);
  }

  public static FindingRow unreadable(String location, String message) {
    // The source is where, as the JSON report's "location": the zip, or the zip's line.
    return new FindingRow(null, "error", InputProblem.STATUS, message, null, null, null, null, null, null, null,
        null, null, location);
  }

  static String filing(String entity) {
    Matcher m = ADSH.matcher(entity);
    return m.find() ? m.group() : null;
  }

  private static String plain(Optional<BigDecimal> amount) {
    return amount.map(Amounts::plain).orElse(null);
  }

  public Row toRow() {
    return RowFactory.create(rule, severity, status, message, entity, period, dimensions, reported, computed,
        variance, tolerance, reason, filing, source);
  }

  public static FindingRow fromRow(Row r) {
    return new FindingRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
        r.getString(11), r.getString(12), r.getString(13));
  }
}
