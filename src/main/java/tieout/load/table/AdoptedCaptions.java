package tieout.load.table;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tieout.load.Notice;
import tieout.taxonomy.Balance;
import tieout.taxonomy.Concept;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;

/**
 * The concepts made, during one load, for captions the taxonomy does not declare, when it says
 * {@code undeclared-captions adopt}: an SEC filer's own line items ("Finance receivables, net") in
 * an EDGAR Financial_Report.xlsx. Each table row gets a concept of its own (one per period type and
 * item type of its columns): an undeclared caption says too little to know that two rows are one
 * line item (EDGAR's notes repeat "Current period provision" in sections that mean different
 * things), so adopted figures are never compared as duplicates. Labels in the taxonomy make them
 * comparable and checkable by its rules.
 *
 * <p>A concept is named after its caption in CamelCase ({@code FinanceReceivablesNet}); a name
 * already taken gets the period or item type appended ({@code CashDuration}), or else a number
 * ({@code Cash2}), in load order. Adopted concepts have no balance (no sign convention).
 */
public final class AdoptedCaptions {
  private static final int MAX_NAME = 80;

  private final Map<String, Concept> byKey = new LinkedHashMap<>();
  private final Map<String, Concept> byName = new LinkedHashMap<>();
  private String firstLocation;

  /** The concept for {@code caption} in the row whose caption cell is {@code location}, made on first use. */
  synchronized Concept conceptFor(String caption, PeriodType periodType, ItemType itemType, String location) {
    return conceptFor(caption, periodType, itemType, location, name -> false);
  }

  /**
   * As above; a name {@code declared} by the taxonomy is never taken ("Assets" on a note's page
   * becomes {@code AssetsInstant} or {@code Assets2}, not a second concept named Assets).
   */
  synchronized Concept conceptFor(String caption, PeriodType periodType, ItemType itemType, String location,
      java.util.function.Predicate<String> declared) {
    String key = location + "|" + periodType + "|" + itemType;
    Concept known = byKey.get(key);
    if (known != null) {
      return known;
    }
    String name = nameOf(caption);
    Concept taken = byName.get(name);
    if (taken == null && declared.test(name)) {
      String typed = name + suffix(periodType.name());
      name = typed;
      for (int n = 2; byName.containsKey(name) || declared.test(name); n++) {
        name = typed + n;
      }
    } else if (taken != null) {
      String typed = name + (taken.periodType() != periodType ? suffix(periodType.name()) : "")
          + (taken.itemType() != itemType ? suffix(itemType.name()) : "");
      name = typed;
      for (int n = 2; byName.containsKey(name); n++) {
        name = typed + n;
      }
    }
    Concept concept = Concept.of(name, periodType, itemType, Balance.NONE);
    byKey.put(key, concept);
    byName.put(name, concept);
    if (firstLocation == null) {
      firstLocation = location;
    }
    return concept;
  }

  /** "Finance receivables, net" to {@code FinanceReceivablesNet}; a leading digit gets an underscore. */
  static String nameOf(String caption) {
    StringBuilder name = new StringBuilder();
    for (String word : caption.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty() && name.length() < MAX_NAME) {
        String ascii = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
        if (!ascii.isEmpty()) {
          name.append(Character.toUpperCase(ascii.charAt(0))).append(ascii.substring(1));
        }
      }
    }
    if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
      name.insert(0, "_");
    }
    return name.toString();
  }

  /** Share counts as EDGAR captions them: "Basic (shares)", "Common stock, shares outstanding", "Number of shares". */
  private static final java.util.regex.Pattern SHARES = java.util.regex.Pattern.compile(
      ".*(?:\\((?:in )?shares\\)|\\bshares,? (?:issued|outstanding|authorized|subscribed|held|repurchased|granted"
          + "|vested|forfeited|exercised|expired|acquired)|\\bnumber of (?:common )?shares|weighted[- ]average"
          + "(?: number of)? (?:common )?shares).*");
  private static final java.util.regex.Pattern MONEY_WORDS =
      java.util.regex.Pattern.compile(".*(?:\\$|value|amount|price|cost|proceeds|payment|compensation|dividend).*");
  private static final java.util.regex.Pattern COUNT =
      java.util.regex.Pattern.compile("(?:number of|count of)\\b.*");
  private static final java.util.regex.Pattern PERCENT =
      java.util.regex.Pattern.compile(".*\\((?:as a )?percent(?:age)?\\).*");

  /**
   * Per-share when the caption says so, a percentage ("(as a percent)"), a share count when it names
   * shares and no money, a pure number for a count ("Number of employees"), else monetary (a table's column may say shares): the kind decides which
   * of a title's scales applies ("$ in Millions, shares in Thousands").
   */
  static ItemType itemTypeOf(String caption) {
    String lower = caption.toLowerCase(Locale.ROOT);
    if (lower.contains("per share") || lower.contains("per common share") || lower.contains("$ / shares")) {
      return ItemType.PER_SHARE;
    }
    if (PERCENT.matcher(lower).matches()) {
      return ItemType.PERCENT;
    }
    if (SHARES.matcher(lower).matches() && !MONEY_WORDS.matcher(lower.replace("(shares)", "")).matches()) {
      return ItemType.SHARES;
    }
    if (COUNT.matcher(lower).matches() && !MONEY_WORDS.matcher(lower).matches()) {
      return ItemType.PERCENT; // a count ("Number of stores") is a pure number: "$ in Millions" is not its scale
    }
    return ItemType.MONETARY;
  }

  private static String suffix(String constant) {
    String lower = constant.toLowerCase(Locale.ROOT).replace("_", "");
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  /** What the load should tell the user: how many captions were adopted, and the first few. */
  public synchronized Optional<Notice> notice() {
    if (byName.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder examples = new StringBuilder();
    int shown = 0;
    for (Map.Entry<String, Concept> e : byKey.entrySet()) {
      if (shown == 3) {
        examples.append(", ...");
        break;
      }
      examples.append(shown == 0 ? "" : ", ").append(e.getValue().name());
      shown++;
    }
    int n = byName.size();
    return Optional.of(new Notice(firstLocation, n + (n == 1 ? " caption" : " captions")
        + " not declared in the taxonomy became concepts of their own (undeclared-captions adopt): " + examples
        + "; add labels to the taxonomy's concepts to check them with its rules"));
  }
}
