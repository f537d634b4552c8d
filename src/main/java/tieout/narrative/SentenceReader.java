package tieout.narrative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tieout.ledger.Period;
import tieout.taxonomy.Dimensions;
import tieout.taxonomy.PeriodType;

/**
 * Works out what each amount of one sentence refers to. Precision over recall: a caption counts
 * only when it is joined to the amount by linking words ("net loss was $X", "working capital of
 * approximately $X"); "compared to $Y" and a comparative parenthesis "(December 31, 2012 - $Y)"
 * take the line item of the amount before them; the period is the phrase right after the amount,
 * else the one period the sentence names before it.
 */
final class SentenceReader {
  /** Words that may stand between a caption and its amount. */
  private static final Set<String> LINKING =
      Set.of("was", "were", "is", "are", "be", "been", "being", "has", "had", "have", "of", "at", "to",
          "totaled", "totalled", "totaling", "totalling", "amounted", "amounting", "approximately", "approx",
          "about", "around", "roughly", "nearly", "almost", "some", "expense", "expenses", "cost", "costs",
          "amount", "on", "hand", "balance", "the", "a", "an", "stood", "came", "in", "total", "reported",
          // the words of a bound ("was over $X", "was less than $X"), which the judge reads
          "over", "more", "than", "less", "up", "under", "least", "excess", "exceeding", "below");
  /** Verbs of change that link only when followed by "to": "increased to $X" is a level, "increased by $X" a change. */
  private static final Set<String> CHANGE_TO =
      Set.of("increased", "decreased", "rose", "fell", "grew", "declined", "reached", "amounted");
  /** Words before an amount that make it approximate. */
  private static final Pattern APPROXIMATE =
      Pattern.compile("\\b(approximately|approx\\.?|about|around|roughly|nearly|almost|some)\\s*$", Pattern.CASE_INSENSITIVE);
  /** Words before an amount that make it a lower bound. */
  private static final Pattern AT_LEAST =
      Pattern.compile("\\b(over|more than|in excess of|at least|exceeding)\\s*$", Pattern.CASE_INSENSITIVE);
  /** Words before an amount that make it an upper bound. */
  private static final Pattern AT_MOST =
      Pattern.compile("\\b(less than|up to|at most|under|below)\\s*$", Pattern.CASE_INSENSITIVE);
  /** A caption right after the amount: "$437,732 of impairment of ...", "$X in interest income". */
  private static final Pattern CAPTION_AFTER_LEAD = Pattern.compile("^\\s*(?:(?:of|in)\\s+)?(?:the\\s+)?");
  /** A year right after a comparative amount: "compared to $X in 2012". */
  private static final Pattern YEAR_AFTER =
      Pattern.compile("^\\s*(?:in|for|during)\\s+(?:fiscal\\s+)?(?<year>\\d{4})\\b(?!\\s*(?:,|and|-|–)\\s*\\d)");
  /** A breakdown member named by a preposition: "in Mongolia", "for the US". */
  private static final Pattern MEMBER_PHRASE =
      Pattern.compile("\\b(?:in|for|on|from)\\s+(?:the\\s+)?(?<word>\\p{L}+)", Pattern.CASE_INSENSITIVE);
  /** A clause after a comma or an opening parenthesis that narrows a caption: "excluding ...", "before ...". */
  private static final Pattern QUALIFIER_CLAUSE =
      Pattern.compile(
          "(?:,|\\()\\s*(?:excluding|before|after|net of|including|other than|exclusive of|inclusive of|less)\\b[^,;()]*(?:,|\\))",
          Pattern.CASE_INSENSITIVE);
  /** Words right after an amount that make it a part of a line rather than the line. */
  private static final Pattern QUALIFIER_AFTER =
      Pattern.compile(
          "^\\s*,?\\s*((?:related|relating|attributable|pertaining) to|associated with|in connection with"
              + "|in respect of|in relation to|arising (?:from|on)|of which|excluding|including|net of|before|after"
              + "|primarily|mainly|largely|partly|partially|on the)\\b[^,.;()]*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMPARED =
      Pattern.compile("(?:compared\\s+(?:to|with)|versus|vs\\.?|as against)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  /** Words that may precede a caption without narrowing it. */
  private static final Set<String> PLAIN_BEFORE_CAPTION =
      Set.of("the", "a", "an", "its", "our", "their", "total", "had", "has", "have", "incurred", "recorded",
          "reported", "recognized", "recognised", "paid", "received", "generated", "earned", "was", "were",
          "company's", "group's", "corporation's");

  private final String text;
  private final List<ProseAmount> amounts;
  private final List<Words.Word> words;
  private final List<Mention> mentions;
  private final List<PeriodPhrase> phrases;
  /** Character ranges left out when reading the words between a caption and its amount. */
  private final List<int[]> asides = new ArrayList<>();
  private final List<String> asideTexts = new ArrayList<>();
  private final Set<String> entityWords;
  private final ReadingContext context;

  SentenceReader(String text, ReadingContext context) {
    this.text = text;
    this.context = context;
    this.amounts = AmountScanner.scan(text, context.roundDigits());
    this.words = Words.of(text);
    this.mentions = context.captions().mentions(text, words);
    this.phrases = PeriodPhrases.find(text, context.fiscalYearEnd());
    this.entityWords = context.entityWords();
    Matcher q = QUALIFIER_CLAUSE.matcher(text);
    while (q.find()) {
      asides.add(new int[] {q.start(), q.end()});
      asideTexts.add(text.substring(q.start() + 1, q.end() - 1).strip());
    }
    for (int[] paren : parentheses()) {
      asides.add(paren);
      asideTexts.add(null);
    }
  }

  List<ProseAmount> amounts() {
    return amounts;
  }

  /** The reference of every amount, in order. */
  List<Reference> references() {
    List<Reference> refs = new ArrayList<>();
    for (int i = 0; i < amounts.size(); i++) {
      refs.add(resolve(i, refs));
    }
    respectively(refs);
    return refs;
  }

  private static final Pattern LIST_SEPARATOR = Pattern.compile("^\\s*(?:,|,?\\s*and)\\s*$");
  private static final Pattern RESPECTIVELY = Pattern.compile("^[\\s,]*respectively\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "$2.6 billion and $3.0 billion in 2024 and 2023, respectively": a list of amounts right before
   * a phrase naming as many periods, followed by "respectively", gives each amount its period and
   * the line item of the first.
   */
  private void respectively(List<Reference> refs) {
    for (PeriodPhrase p : phrases) {
      if (p.each().size() < 2 || !RESPECTIVELY.matcher(text.substring(p.end())).find()) {
        continue;
      }
      int n = p.each().size();
      int last = -1;
      for (int i = 0; i < amounts.size(); i++) {
        if (amounts.get(i).end() <= p.start() && text.substring(amounts.get(i).end(), p.start()).matches("[\\s,]*")) {
          last = i;
        }
      }
      int first = last - n + 1;
      if (last < 0 || first < 0) {
        continue;
      }
      boolean list = true;
      for (int i = first; i < last; i++) {
        list &= LIST_SEPARATOR.matcher(text.substring(amounts.get(i).end(), amounts.get(i + 1).start())).find();
      }
      Reference head = refs.get(first);
      if (!list || head.item().isEmpty()) {
        continue;
      }
      for (int k = 0; k < n; k++) {
        Reference r = head.withoutProblem().withPeriod(Optional.of(p.each().get(k)));
        refs.set(first + k, fitPeriodType(r));
      }
    }
  }

  private Reference resolve(int index, List<Reference> earlier) {
    ProseAmount a = amounts.get(index);
    if (!a.isUsd()) {
      return Reference.unidentified("an amount in " + a.currency() + ", not in US dollars");
    }
    if (a.perUnit()) {
      return Reference.unidentified("a price per unit, not a line item");
    }
    Optional<Comparative> comparative = parentheticalComparative(index);
    if (comparative.isPresent()) {
      Reference anchor = earlier.get(comparative.get().anchor());
      if (anchor.item().isEmpty()) {
        return Reference.unidentified(
            "a comparative of " + amounts.get(comparative.get().anchor()).text() + ", which names no line item");
      }
      Optional<Period> shifted = anchor.period().flatMap(p -> shift(p, comparative.get().date()));
      Reference ref = anchor.withPeriod(shifted);
      return shifted.isPresent()
          ? ref.withoutProblem()
          : ref.withProblem("the comparative date " + comparative.get().date() + " gives no period for it");
    }
    Optional<Reference> own = ownCaption(a);
    int after = a.end();
    Optional<Mention> following = own.isPresent() ? Optional.empty() : captionAfter(a);
    Reference ref;
    if (own.isPresent()) {
      ref = own.get();
    } else if (following.isPresent()) {
      Mention m = following.get();
      if (!m.unambiguous()) {
        return Reference.unidentified("'" + m.text() + "' names " + m.items().size() + " line items: "
            + String.join(", ", m.items().stream().map(i -> i.concept().name()).toList()));
      }
      ref = Reference.of(m.items().get(0), Optional.empty(), Words.normalizedWords(m.text()), List.of());
      after = m.end();
    } else {
      Optional<Integer> anchor = comparedTo(index);
      if (anchor.isEmpty()) {
        return Reference.unidentified("no line item of the taxonomy is named just before or after it");
      }
      Reference base = earlier.get(anchor.get());
      if (base.item().isEmpty()) {
        return Reference.unidentified("compared with " + amounts.get(anchor.get()).text() + ", which names no line item");
      }
      List<Caution> cautions = base.cautions().stream()
          .filter(c -> c.kind() == Caution.Kind.QUALIFIED || c.kind() == Caution.Kind.NARROWED).toList();
      Optional<PeriodPhrase> own2 = phraseAfter(a);
      if (own2.isEmpty()) {
        Optional<Period> year = yearAfter(a, base);
        if (year.isEmpty()) {
          return base.withPeriod(Optional.empty()).withProblem("a comparative with no period of its own");
        }
        ref = Reference.of(base.item().get(), year, base.signWords(), cautions);
      } else {
        ref = Reference.of(base.item().get(), own2.get().period(), base.signWords(), cautions);
        if (own2.get().period().isEmpty()) {
          return ref.withProblem("'" + own2.get().text() + "' names more than one period");
        }
      }
    }
    ref = approximate(a).map(ref::withCaution).orElse(ref);
    Optional<Dimensions> memberAfter = ref.item().flatMap(i -> memberAfter(i, a));
    if (memberAfter.isPresent()) {
      ref = ref.withItem(new LineItem(ref.item().get().concept(), memberAfter.get()));
    } else {
      final int from = after;
      ref = qualifierAfter(from).or(() -> trailingWords(from)).map(ref::withCaution).orElse(ref);
    }
    if (ref.problem().isPresent() || ref.period().isPresent()) {
      return fitPeriodType(ref);
    }
    return fitPeriodType(periodFor(a, after, ref));
  }

  /** Words before an amount that make it a change or an extra, not the line's level: "a decrease of $X in ...". */
  private static final Pattern CHANGE_BEFORE =
      Pattern.compile("\\b(?:increases?|decreases?|increased|decreased|changes?|changed|rise|rose|fall|fell|declines?|declined"
          + "|reductions?|reduced|higher|lower|growth|grew|drops?|dropped|by|savings?|additional|further|extra|incremental"
          + "|up|down|more|less)\\b[\\s\\p{L}]{0,20}$", Pattern.CASE_INSENSITIVE);

  /** A caption right after the amount, when no caption precedes it: "recorded $437,732 of impairment of ...". */
  private Optional<Mention> captionAfter(ProseAmount a) {
    if (CHANGE_BEFORE.matcher(text.substring(Math.max(0, a.start() - 40), a.start())).find()) {
      return Optional.empty();
    }
    Matcher lead = CAPTION_AFTER_LEAD.matcher(text.substring(a.end()));
    if (!lead.find()) {
      return Optional.empty();
    }
    int at = a.end() + lead.end();
    return mentions.stream().filter(m -> m.start() == at).findFirst();
  }

  /** "compared to $X in 2012": the comparative's year, for an anchor over a year or at a date. */
  private Optional<Period> yearAfter(ProseAmount a, Reference base) {
    Matcher m = YEAR_AFTER.matcher(text.substring(a.end()));
    if (!m.find() || base.period().isEmpty()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group("year"));
    Period p = base.period().get();
    if (p.isInstant()) {
      return Optional.of(Period.instant(p.end().withYear(year)));
    }
    if (p instanceof Period.Duration d && d.isYear()) {
      LocalDate end = d.end().withYear(year);
      return Optional.of(Period.monthsEnding(end.withDayOfMonth(end.lengthOfMonth()), 12));
    }
    return Optional.empty();
  }

  /** A breakdown member named right after the amount: "$1,355,493 in Mongolia". */
  private Optional<Dimensions> memberAfter(LineItem item, ProseAmount a) {
    if (!item.dimensions().isEmpty()) {
      return Optional.empty();
    }
    String after = text.substring(a.end());
    int lead = after.length() - after.stripLeading().length();
    Matcher m = MEMBER_PHRASE.matcher(after.substring(lead));
    if (!m.lookingAt() || !PLAIN_AFTER.matcher(after.substring(lead + m.end())).find()) {
      return Optional.empty();
    }
    return context.breakdowns().member(item.concept().name(), m.group("word"));
  }

  /** A caption joined to the amount by linking words, with its line item and cautions. */
  private Optional<Reference> ownCaption(ProseAmount a) {
    for (int m = mentions.size() - 1; m >= 0; m--) {
      Mention mention = mentions.get(m);
      if (mention.end() > a.start() || insideAsideWithout(mention.start(), a.start())) {
        continue;
      }
      Optional<int[]> memberGap = mention.unambiguous() ? memberInGap(mention, a) : Optional.empty();
      Optional<List<String>> linking = linkingWords(mention.end(), a.start(), memberGap);
      if (linking.isEmpty()) {
        continue;
      }
      List<Caution> cautions = new ArrayList<>();
      for (int k = 0; k < asides.size(); k++) {
        int[] r = asides.get(k);
        if (asideTexts.get(k) != null && r[0] >= mention.end() && r[1] <= a.start()) {
          cautions.add(new Caution(Caution.Kind.QUALIFIED, "qualified by '" + asideTexts.get(k) + "'"));
        }
      }
      Optional<Dimensions> member = Optional.empty();
      if (mention.unambiguous() && mention.items().get(0).dimensions().isEmpty()) {
        String concept = mention.items().get(0).concept().name();
        member = memberGap.flatMap(r -> context.breakdowns().member(concept, text.substring(r[2], r[1])));
        Optional<String> before = wordBefore(mention);
        Optional<Dimensions> memberBefore = before.flatMap(w -> context.breakdowns().member(concept, w));
        if (memberBefore.isPresent() && member.isEmpty()) {
          member = memberBefore;
        } else {
          before.ifPresent(w -> cautions.add(new Caution(Caution.Kind.NARROWED, "narrowed by '" + w + "' before its caption")));
        }
      } else {
        wordBefore(mention).ifPresent(w -> cautions.add(new Caution(Caution.Kind.NARROWED, "narrowed by '" + w + "' before its caption")));
      }
      if (!mention.unambiguous()) {
        Reference r = Reference.unidentified(
            "'" + mention.text() + "' names " + mention.items().size() + " line items: "
                + String.join(", ", mention.items().stream().map(i -> i.concept().name()).toList()));
        return Optional.of(r);
      }
      List<String> signWords = new ArrayList<>(Words.normalizedWords(mention.text()));
      for (String w : linking.get()) {
        if (w.equals("expense") || w.equals("expenses") || w.equals("cost") || w.equals("costs")) {
          signWords.add(w);
        } else {
          break;
        }
      }
      LineItem item = mention.items().get(0);
      if (member.isPresent()) {
        item = new LineItem(item.concept(), member.get());
      }
      return Optional.of(Reference.of(item, Optional.empty(), signWords, cautions));
    }
    return Optional.empty();
  }

  /** "expenditures in Mongolia were $X": the member phrase between caption and amount, as {start, end, wordStart}. */
  private Optional<int[]> memberInGap(Mention mention, ProseAmount a) {
    String gap = text.substring(mention.end(), a.start());
    Matcher m = MEMBER_PHRASE.matcher(gap);
    if (!m.find()) {
      return Optional.empty();
    }
    String concept = mention.items().get(0).concept().name();
    if (context.breakdowns().member(concept, m.group("word")).isEmpty()) {
      return Optional.empty();
    }
    int base = mention.end();
    return Optional.of(new int[] {base + m.start(), base + m.end(), base + m.start("word")});
  }

  /** The words between a caption and its amount when all of them link; asides, period phrases and a member phrase are skipped. */
  private Optional<List<String>> linkingWords(int from, int to, Optional<int[]> member) {
    char[] gap = text.substring(from, to).toCharArray();
    member.ifPresent(r -> blank(gap, from, r[0], r[1]));
    for (int[] r : asides) {
      if (!(r[0] <= to && to < r[1])) {
        blank(gap, from, r[0], r[1]);
      }
    }
    for (PeriodPhrase p : phrases) {
      blank(gap, from, p.start(), p.end());
    }
    String rest = new String(gap);
    if (!rest.matches("[\\p{L}\\s,:\"“”'’–—-]*")) {
      return Optional.empty();
    }
    List<String> ws = Words.normalizedWords(rest);
    for (int i = 0; i < ws.size(); i++) {
      String w = ws.get(i);
      boolean changeTo = CHANGE_TO.contains(w) && i + 1 < ws.size() && ws.get(i + 1).equals("to");
      if (!LINKING.contains(w) && !changeTo) {
        return Optional.empty();
      }
    }
    return Optional.of(ws);
  }

  private static void blank(char[] gap, int offset, int start, int end) {
    for (int i = Math.max(start, offset); i < Math.min(end, offset + gap.length); i++) {
      gap[i - offset] = ' ';
    }
  }

  /** A word right before the caption that narrows it ("Mongolian exploration"), if any. */
  private Optional<String> wordBefore(Mention mention) {
    if (mention.firstWord() == 0) {
      return Optional.empty();
    }
    Words.Word prev = words.get(mention.firstWord() - 1);
    String between = text.substring(prev.end(), mention.start());
    if (!between.isBlank() || insidePhrase(prev.start())) {
      return Optional.empty();
    }
    String w = prev.norm();
    if (PLAIN_BEFORE_CAPTION.contains(w)) {
      return Optional.empty();
    }
    if (w.endsWith("'s") && entityWords.contains(w.substring(0, w.length() - 2))) {
      return Optional.empty();
    }
    return Optional.of(text.substring(prev.start(), prev.end()));
  }

  private Optional<Caution> approximate(ProseAmount a) {
    String before = text.substring(0, a.start());
    Matcher m = APPROXIMATE.matcher(before);
    if (m.find()) {
      return Optional.of(new Caution(Caution.Kind.APPROXIMATE, "approximate ('" + m.group(1) + "')"));
    }
    m = AT_LEAST.matcher(before);
    if (m.find()) {
      return Optional.of(new Caution(Caution.Kind.AT_LEAST, "a lower bound ('" + m.group(1) + "')"));
    }
    m = AT_MOST.matcher(before);
    return m.find() ? Optional.of(new Caution(Caution.Kind.AT_MOST, "an upper bound ('" + m.group(1) + "')")) : Optional.empty();
  }

  private Optional<Caution> qualifierAfter(int from) {
    Matcher m = QUALIFIER_AFTER.matcher(text.substring(from));
    return m.find()
        ? Optional.of(new Caution(Caution.Kind.QUALIFIED, "qualified by '" + m.group().replaceFirst("^\\s*,?\\s*", "").strip() + "'"))
        : Optional.empty();
  }

  /** What may follow an amount without narrowing it: the end of a clause, a comparison, a period phrase. */
  private static final Pattern PLAIN_AFTER =
      Pattern.compile(
          "^\\s*(?:$|[.,;:()]|(?:as\\s+)?compared\\b|versus\\b|vs\\b|and\\b|or\\b|which\\b|an?\\s+(?:increase|decrease)\\b)",
          Pattern.CASE_INSENSITIVE);

  /** Words right after the amount (or its caption) that may narrow it ("$1,355,493 in Mongolia"), unless a period phrase. */
  private Optional<Caution> trailingWords(int from) {
    String after = text.substring(from);
    if (phraseAt(from).isPresent() || PLAIN_AFTER.matcher(after).find()) {
      return Optional.empty();
    }
    String words = after.strip().split("[.,;:()]", 2)[0].strip();
    return Optional.of(new Caution(Caution.Kind.NARROWED,
        "followed by '" + (words.length() > 60 ? words.substring(0, 60) + "…" : words) + "'"));
  }

  /** The amount after "compared to" takes the line item of the amount before it. */
  private Optional<Integer> comparedTo(int index) {
    ProseAmount a = amounts.get(index);
    if (index == 0 || !COMPARED.matcher(text.substring(0, a.start())).find()) {
      return Optional.empty();
    }
    for (int j = index - 1; j >= 0; j--) {
      if (parentheticalComparative(j).isEmpty()) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  /** A comparative in the amount's parenthesis: "$260,453 (December 31, 2012 - $229,359; ...)". */
  record Comparative(int anchor, LocalDate date) {}

  private static final Pattern COMPARATIVE_LEAD =
      Pattern.compile("(?:^|;)\\s*(?<date>[^;()]*?\\d{4})\\s*[-–—:]\\s*$");

  private Optional<Comparative> parentheticalComparative(int index) {
    ProseAmount a = amounts.get(index);
    int open = text.lastIndexOf('(', a.start());
    if (open < 0 || text.lastIndexOf(')', a.start()) > open) {
      return Optional.empty();
    }
    Matcher lead = COMPARATIVE_LEAD.matcher(text.substring(open + 1, a.start()));
    if (!lead.find()) {
      return Optional.empty();
    }
    Optional<LocalDate> date = PeriodPhrases.bareDate(lead.group("date"));
    if (date.isEmpty()) {
      return Optional.empty();
    }
    // The anchor: the last amount before the parenthesis, with at most a period phrase between.
    for (int j = index - 1; j >= 0; j--) {
      ProseAmount b = amounts.get(j);
      if (b.end() <= open) {
        String between = text.substring(b.end(), open);
        Optional<PeriodPhrase> p = phraseAt(b.end());
        if (p.isPresent() && p.get().end() <= open) {
          between = text.substring(p.get().end(), open);
        }
        return between.isBlank() ? Optional.of(new Comparative(j, date.get())) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A comparative date gives the anchor's period ending on that date: same length for a duration. */
  private static Optional<Period> shift(Period anchor, LocalDate date) {
    if (anchor instanceof Period.Duration d) {
      int months = d.months();
      if (months <= 0 || date.getDayOfMonth() != date.lengthOfMonth()) {
        return Optional.empty();
      }
      return Optional.of(Period.monthsEnding(date, months));
    }
    return Optional.of(Period.instant(date));
  }

  /** The period phrase right after an amount ("$X for the year ended ..."), if any. */
  private Optional<PeriodPhrase> phraseAfter(ProseAmount a) {
    return phraseAt(a.end());
  }

  private Optional<PeriodPhrase> phraseAt(int from) {
    for (PeriodPhrase p : phrases) {
      if (p.start() >= from && text.substring(from, p.start()).matches("[\\s,]*")) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private Reference periodFor(ProseAmount a, int afterPos, Reference ref) {
    Optional<PeriodPhrase> after = phraseAt(afterPos);
    if (after.isPresent()) {
      return after.get().period().isPresent()
          ? withPhrase(ref, after.get())
          : ref.withProblem("'" + after.get().text() + "' names more than one period");
    }
    Set<String> distinct = new LinkedHashSet<>();
    Optional<PeriodPhrase> chosen = Optional.empty();
    for (PeriodPhrase p : phrases) {
      if (p.end() > a.start() || attachedToAnotherAmount(p) || insideComparative(p.start())) {
        continue;
      }
      if (p.period().isEmpty()) {
        return ref.withProblem("'" + p.text() + "' names more than one period");
      }
      distinct.add(p.period().get().toString());
      chosen = Optional.of(p);
    }
    if (distinct.isEmpty()) {
      return context.documentPeriod().filter(this::speaksOfTheDocumentPeriod).map(p -> ref.withPeriod(Optional.of(p)))
          .orElseGet(() -> ref.withProblem("the sentence names no period"));
    }
    if (distinct.size() > 1) {
      return ref.withProblem("the sentence names several periods (" + String.join(", ", distinct) + ")");
    }
    return withPhrase(ref, chosen.get());
  }

  private static Reference withPhrase(Reference ref, PeriodPhrase p) {
    return p.month().isPresent() ? ref.withMonth(p.period().get(), p.month().get()) : ref.withPeriod(p.period());
  }

  private static final Pattern YEAR_NUMBER = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
  private static final Pattern BASELINE_BEFORE =
      Pattern.compile("(?:from|over|than|compared\\s+(?:to|with)|versus|vs\\.?)\\s+(?:the\\s+)?(?:fiscal\\s+)?$", Pattern.CASE_INSENSITIVE);

  /**
   * A filing's sentence naming no period speaks of the document's period only when it names no
   * other: no period phrase, no "respectively", and any year it names is that period's or a
   * comparison's baseline ("increased 7% from 2023").
   */
  private boolean speaksOfTheDocumentPeriod(Period p) {
    if (!phrases.isEmpty() || text.toLowerCase(Locale.ROOT).contains("respectively")) {
      return false;
    }
    Matcher y = YEAR_NUMBER.matcher(text);
    while (y.find()) {
      boolean own = Integer.parseInt(y.group()) == p.end().getYear();
      if (!own && !BASELINE_BEFORE.matcher(text.substring(0, y.start())).find()) {
        return false;
      }
    }
    return true;
  }

  /** A balance named for a year is its year-end balance; a flow named at a date has no period. */
  private static Reference fitPeriodType(Reference ref) {
    if (ref.item().isEmpty() || ref.period().isEmpty()) {
      return ref;
    }
    Period p = ref.period().get();
    boolean instantConcept = ref.item().get().concept().periodType() == PeriodType.INSTANT;
    if (instantConcept && ref.month().isPresent()) {
      return ref.withProblem("a month (" + ref.month().get() + ") names no balance date for "
          + ref.item().get().concept().name());
    }
    if (instantConcept && !p.isInstant()) {
      return ref.withPeriod(Optional.of(Period.instant(p.end())));
    }
    if (!instantConcept && p.isInstant()) {
      return ref.withProblem(
          "the sentence names a date (" + p + "), but " + ref.item().get().concept().name() + " is a flow over a period");
    }
    return ref;
  }

  private boolean attachedToAnotherAmount(PeriodPhrase p) {
    for (ProseAmount b : amounts) {
      if (b.end() <= p.start() && text.substring(b.end(), p.start()).matches("[\\s,]*")) {
        return true;
      }
    }
    return false;
  }

  private boolean insideComparative(int pos) {
    for (int[] r : parentheses()) {
      if (r[0] <= pos && pos < r[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code pos} is in an aside (a parenthesis, a qualifying clause) that does not hold {@code amountStart}. */
  private boolean insideAsideWithout(int pos, int amountStart) {
    return asides.stream().anyMatch(r -> r[0] <= pos && pos < r[1] && !(r[0] <= amountStart && amountStart < r[1]));
  }

  private boolean insidePhrase(int pos) {
    return phrases.stream().anyMatch(p -> p.start() <= pos && pos < p.end());
  }

  /** The top-level parenthesized ranges of the sentence. */
  private List<int[]> parentheses() {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        if (depth++ == 0) {
          open = i;
        }
      } else if (c == ')' && depth > 0 && --depth == 0) {
        out.add(new int[] {open, i + 1});
      }
    }
    return out;
  }

  static Set<String> entityWords(Iterable<String> entities) {
    Set<String> out = new LinkedHashSet<>();
    for (String e : entities) {
      out.addAll(Arrays.asList(tieout.taxonomy.Labels.normalize(e).toLowerCase(Locale.ROOT).split(" ")));
    }
    return out;
  }
}
