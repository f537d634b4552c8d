package tieout.nightly;

import java.nio.file.Path;
import java.util.Optional;
import tieout.history.VarianceReport;
import tieout.report.Summary;

/**
 * What a nightly run did: its variance report, where its outputs are, and how the email went.
 *
 * @param unreadable how many cells, lines, sheets or files could not be read (errors)
 * @param eml the saved message, for a dry run or when sending failed
 * @param mailError why sending failed
 */
public record NightlyOutcome(
    VarianceReport report,
    Summary summary,
    int unreadable,
    String subject,
    Path runDir,
    MailStatus mail,
    Optional<Path> eml,
    Optional<String> mailError) {}
