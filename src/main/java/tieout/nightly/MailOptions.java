package tieout.nightly;

/**
 * What the variance email carries beyond its tables and the findings CSV; each is on by default.
 *
 * @param htmlReport attach the self-contained HTML report ({@code report.html}); key
 *     {@code mail.attach-report}
 * @param workbooks attach the annotated copies of the inputs; key {@code mail.attach-workbooks}
 * @param charts show the charts of failed roll-ups in the HTML body; key {@code mail.charts}
 */
public record MailOptions(boolean htmlReport, boolean workbooks, boolean charts) {
  public static final MailOptions ALL = new MailOptions(true, true, true);
}
