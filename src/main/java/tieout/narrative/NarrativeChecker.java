package tieout.narrative;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import tieout.error.UserException;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.taxonomy.Taxonomy;

/**
 * Ties the figures quoted in a prose document (an MD&A or notes, as text or Markdown) to the ledger:
 * every monetary amount outside the document's tables becomes a {@link NarrativeClaim}, TIED,
 * CONTRADICTED or UNTRACED.
 */
public final class NarrativeChecker {
  private static final int EXCERPT = 220;

  /** A document's statement that its amounts are in thousands: "(in thousands of US dollars)", "$000s". */
  private static final Pattern IN_THOUSANDS =
      Pattern.compile("\\b(?:in|expressed in|stated in)\\s+thousands\\b|\\(\\s*(?:US)?\\$\\s*0{3}'?s?\\s*\\)|\\bin\\s+(?:US)?\\$\\s*0{3}'?s\\b",
          Pattern.CASE_INSENSITIVE);

  private final ClaimJudge judge;
  private final ReadingContext context;

  public NarrativeChecker(Taxonomy taxonomy, Ledger ledger) {
    this.judge = new ClaimJudge(ledger, taxonomy.fiscalYearEnd());
    this.context = new ReadingContext(
        new CaptionIndex(taxonomy),
        SentenceReader.entityWords(ledger.facts().stream().map(Fact::entity).distinct().toList()),
        taxonomy.fiscalYearEnd(),
        new Breakdowns(taxonomy, ledger),
        0,
        Optional.empty());
  }

  /** A checker for a filing's own prose, where a sentence naming no period speaks of {@code period}. */
  NarrativeChecker withDocumentPeriod(Period period) {
    return new NarrativeChecker(judge, context.withDocumentPeriod(Optional.of(period)));
  }

  private NarrativeChecker(ClaimJudge judge, ReadingContext context) {
    this.judge = judge;
    this.context = context;
  }

  /**
   * Reads and checks a text or Markdown file.
   *
   * @throws UserException when the file is missing, unreadable, not UTF-8 text or not a text format
   */
  public NarrativeResult check(Path file) {
    String name = file.toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf") || lower.endsWith(".docx") || lower.endsWith(".doc") || lower.endsWith(".xlsx")
        || lower.endsWith(".html") || lower.endsWith(".htm")) {
      throw UserException.at(name, "expected a text or Markdown narrative (.txt, .md), found a "
          + lower.substring(lower.lastIndexOf('.')) + " file; save it as plain text first");
    }
    if (Files.isDirectory(file)) {
      throw UserException.at(name, "the narrative names a folder; give a text or Markdown file");
    }
    String content;
    try {
      byte[] bytes = Files.readAllBytes(file);
      content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (NoSuchFileException e) {
      throw UserException.at(name, "narrative file not found; give the path of a text or Markdown file");
    } catch (CharacterCodingException e) {
      throw UserException.at(name, "expected UTF-8 text, found bytes that are not UTF-8; save the file as UTF-8");
    } catch (IOException e) {
      throw UserException.at(name, "cannot read the narrative file: " + e.getMessage());
    }
    return check(name, content);
  }

  /** Checks the prose {@code content}; {@code name} is used in locations. */
  public NarrativeResult check(String name, String content) {
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    // No-break and narrow spaces ("$3.0\u202Fbillion") read as spaces; one character for one keeps the columns.
    content = content.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replace('\u2007', ' ');
    List<String> lines = List.of(content.split("\r\n|\r|\n", -1));
    ImmutableList.Builder<NarrativeClaim> claims = ImmutableList.builder();
    // Round prose figures are read to the dollar unless the document says its amounts are in thousands.
    ReadingContext ctx = IN_THOUSANDS.matcher(content).find() ? context.withRoundDigits(-3) : context;
    for (Sentence s : ProseSplitter.sentences(lines)) {
      SentenceReader reader = new SentenceReader(s.text(), ctx);
      List<ProseAmount> amounts = reader.amounts();
      if (amounts.isEmpty()) {
        continue;
      }
      List<Reference> refs = reader.references();
      for (int i = 0; i < amounts.size(); i++) {
        ProseAmount a = amounts.get(i);
        String location = name + ":" + s.line() + ":" + (s.column() + a.start() + 1);
        claims.add(judge.judge(location, excerpt(s.text(), a), a, refs.get(i)));
      }
    }
    return new NarrativeResult(name, claims.build());
  }

  /** The sentence, cut around the amount when long, without Markdown's escaping backslashes. */
  private static String excerpt(String sentence, ProseAmount a) {
    String s = sentence;
    if (s.length() > EXCERPT) {
      int from = Math.max(0, Math.min(a.start() - EXCERPT / 2, s.length() - EXCERPT));
      int to = Math.min(s.length(), from + EXCERPT);
      s = (from > 0 ? "…" : "") + s.substring(from, to).strip() + (to < sentence.length() ? "…" : "");
    }
    return s.replace("\\$", "$");
  }
}
