package tieout.load.xbrl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Inline XBRL transformation registries and the names each defines for a number. A format's
 * name is valid only in the registry its namespace names: {@code numdotdecimal} is registries 2
 * and 3's, {@code num-dot-decimal} 4 and 5's. Names of dates, booleans, durations and text are not
 * listed: they never make a number.
 *
 * <p>The lists are those of the registries' recommendations (XBRL International 2010-04-20,
 * 2011-07-31, 2015-02-26, 2020-02-12, 2022-02-16, and the SEC's 2015-08-31), as Arelle implements
 * them.
 */
enum TransformRegistry {
  /** The 2008 draft namespace: registry 1's functions, as Arelle takes it. */
  IXT1_DRAFT("http://www.xbrl.org/2008/inlineXBRL/transformation", "ixt 1 draft (2008)",
      Set.of("numcommadot", "numdash", "numspacedot", "numdotcomma", "numcomma", "numspacecomma")),
  IXT1("http://www.xbrl.org/inlineXBRL/transformation/2010-04-20", "ixt 1 (2010-04-20)",
      Set.of("numcommadot", "numdash", "numspacedot", "numdotcomma", "numcomma", "numspacecomma")),
  IXT2("http://www.xbrl.org/inlineXBRL/transformation/2011-07-31", "ixt 2 (2011-07-31)",
      Set.of("numdotdecimal", "numcommadecimal", "numunitdecimal", "zerodash")),
  IXT3("http://www.xbrl.org/inlineXBRL/transformation/2015-02-26", "ixt 3 (2015-02-26)",
      Set.of("numdotdecimal", "numcommadecimal", "numunitdecimal", "zerodash", "numdotdecimalin", "numunitdecimalin")),
  IXT4("http://www.xbrl.org/inlineXBRL/transformation/2020-02-12", "ixt 4 (2020-02-12)",
      Set.of("num-dot-decimal", "num-comma-decimal", "num-unit-decimal", "fixed-zero", "numdotdecimalin")),
  IXT5("http://www.xbrl.org/inlineXBRL/transformation/2022-02-16", "ixt 5 (2022-02-16)",
      Set.of("num-dot-decimal", "num-comma-decimal", "num-unit-decimal", "fixed-zero", "numdotdecimalin",
          "num-dot-decimal-apos", "num-comma-decimal-apos", "num-unit-decimal-apos")),
  SEC("http://www.sec.gov/inlineXBRL/transformation/2015-08-31", "ixt-sec (2015-08-31)",
      Set.of("numwordsen", "numinf", "numneginf", "numnan"));

  final String namespace;
  final String title;
  private final Set<String> numbers;

  TransformRegistry(String namespace, String title, Set<String> numbers) {
    this.namespace = namespace;
    this.title = title;
    this.numbers = numbers;
  }

  /** Whether this registry defines {@code name} as a transformation to a number. */
  boolean definesNumber(String name) {
    return numbers.contains(name);
  }

  static Optional<TransformRegistry> of(String namespace) {
    for (TransformRegistry r : values()) {
      if (r.namespace.equals(namespace)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The registries that define {@code name} for a number, in order (the 2008 draft left out). */
  static List<TransformRegistry> definingNumber(String name) {
    List<TransformRegistry> found = new ArrayList<>();
    for (TransformRegistry r : values()) {
      if (r != IXT1_DRAFT && r.definesNumber(name)) {
        found.add(r);
      }
    }
    return found;
  }
}
