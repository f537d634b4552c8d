package tieout.export;

import tieout.load.xbrl.LabelLinkbaseReader;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tieout.io.AtomicFile;
import tieout.ledger.Fact;
import tieout.ledger.Ledger;
import tieout.ledger.Period;
import tieout.load.xbrl.ConceptNames;
import tieout.load.xbrl.Summation;
import tieout.rules.PeriodFilter;
import tieout.rules.Rule;
import tieout.rules.RuleSet;
import tieout.rules.Term;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Label;

/**
 * Writes a ledger as XBRL 2.1, so any XBRL processor checks the same work: {@code ledger.xml} (the
 * facts), {@code ledger.xsd} (an element per concept), {@code ledger_cal.xml} (a calculation link
 * per {@code sum} rule over all periods) and {@code ledger_lab.xml} (the concepts' captions). Other rules have no calculation form (a roll-up spans
 * periods, a breakdown members, an assertion may compare, a period filter limits where a sum applies)
 * and are listed as not exported.
 *
 * <p>Concepts are in {@link #NAMESPACE}, which the reader names without a prefix, and their element
 * ids are their names, so the files read back into the same concept names.
 */
public final class XbrlExport {
  /** The namespace of exported concepts, axes and members. */
  public static final String NAMESPACE = ConceptNames.TIEOUT_NAMESPACE;
  private static final String ROLE = "http://tieout.dev/role/";

  /** What was written: counts, and the rules left out with why. */
  public record Written(int facts, int concepts, int calculations, List<String> notExported) {}

  private XbrlExport() {}

  public static Written write(Ledger ledger, RuleSet rules, Path dir) throws IOException {
    List<Concept> factConcepts = new ArrayList<>();
    for (Fact f : ledger.facts()) {
      factConcepts.add(f.concept());
    }
    return write(factConcepts, ledger.facts().size(), rules, dir,
        out -> InstanceWriter.write(out, ledger, NAMESPACE));
  }

  /**
   * Writes the schema of {@code factConcepts} and the rules' concepts, the calculation linkbase, and
   * {@code ledger.xml} from {@code instance}: a writer that streams facts it never holds (the
   * generator's) uses this with {@link InstanceWriter}'s pieces. A null {@code instance} writes no
   * {@code ledger.xml} (the xBRL-CSV export writes its facts as a table).
   */
  public static Written write(List<Concept> factConcepts, int facts, RuleSet rules, Path dir, AtomicFile.Content instance)
      throws IOException {
    Map<String, Concept> concepts = new LinkedHashMap<>();
    for (Concept c : factConcepts) {
      concepts.putIfAbsent(c.name(), c);
    }
    List<Rule.Summation> sums = new ArrayList<>();
    List<String> notExported = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      if (rule instanceof Rule.Summation s && !s.header().filter().equals(PeriodFilter.ALL)) {
        notExported.add(id(rule) + ": a calculation cannot be limited to some periods (" + s.header().filter() + ")");
      } else if (rule instanceof Rule.Summation s) {
        sums.add(s);
        concepts.putIfAbsent(s.total().name(), s.total());
        s.items().forEach(t -> concepts.putIfAbsent(t.concept().name(), t.concept()));
      } else {
        notExported.add(id(rule) + ": " + article(kind(rule)) + " rule has no calculation linkbase form");
      }
    }
    AtomicFile.write(dir.resolve("ledger.xsd"), out -> schema(out, concepts, sums));
    AtomicFile.write(dir.resolve("ledger_cal.xml"), out -> calculations(out, sums));
    AtomicFile.write(dir.resolve("ledger_lab.xml"), out -> labels(out, concepts.values()));
    if (instance != null) {
      AtomicFile.write(dir.resolve("ledger.xml"), instance);
    }
    if (!notExported.isEmpty()) {
      AtomicFile.write(dir.resolve("not-exported.txt"), out -> {
        for (String line : notExported) {
          out.write(line + "\n");
        }
      });
    }
    return new Written(facts, concepts.size(), sums.size(), notExported);
  }

  private static String id(Rule rule) {
    if (rule instanceof Rule.Rollup r) {
      return r.header().id();
    } else if (rule instanceof Rule.Breakdown r) {
      return r.header().id();
    } else if (rule instanceof Rule.Summation r) {
      return r.header().id();
    } else if (rule instanceof Rule.Assertion r) {
      return r.header().id();
    } else if (rule instanceof Rule.Rollforward r) {
      return r.header().id();
    } else if (rule instanceof Rule.Flux r) {
      return r.header().id();
    }
    return rule.toString();
  }

  private static String article(String word) {
    return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
  }

  private static String kind(Rule rule) {
    return rule.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private static void schema(Writer out, Map<String, Concept> concepts, List<Rule.Summation> sums)
      throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xbrli=\"http://www.xbrl.org/2003/instance\""
        + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xmlns:tieout=\"" + NAMESPACE + "\" targetNamespace=\"" + NAMESPACE + "\" elementFormDefault=\"qualified\">\n"
        + "  <xs:annotation><xs:appinfo>\n"
        + "    <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"ledger_cal.xml\""
        + " xlink:role=\"http://www.xbrl.org/2003/role/calculationLinkbaseRef\""
        + " xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n"
        + "    <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"ledger_lab.xml\""
        + " xlink:role=\"http://www.xbrl.org/2003/role/labelLinkbaseRef\""
        + " xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n");
    for (Rule.Summation s : sums) {
      out.write("    <link:roleType roleURI=\"" + ROLE + Xml.escape(s.header().id()) + "\" id=\"role_"
          + Xml.escape(s.header().id().replaceAll("[^A-Za-z0-9_.-]", "_")) + "\"><link:definition>"
          + Xml.escape(s.header().message()) + "</link:definition><link:usedOn>link:calculationLink</link:usedOn>"
          + "</link:roleType>\n");
    }
    out.write("  </xs:appinfo></xs:annotation>\n"
        + "  <xs:import namespace=\"http://www.xbrl.org/2003/instance\""
        + " schemaLocation=\"http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd\"/>\n");
    for (Concept c : concepts.values()) {
      String type = switch (c.itemType()) {
        case MONETARY -> "xbrli:monetaryItemType";
        case SHARES -> "xbrli:sharesItemType";
        case PER_SHARE, PERCENT -> "xbrli:decimalItemType";
      };
      String balance = switch (c.balance()) {
        case DEBIT -> " xbrli:balance=\"debit\"";
        case CREDIT -> " xbrli:balance=\"credit\"";
        default -> "";
      };
      out.write("  <xs:element name=\"" + c.name() + "\" id=\"" + c.name() + "\" type=\"" + type
          + "\" substitutionGroup=\"xbrli:item\" xbrli:periodType=\""
          + (c.periodType() == tieout.taxonomy.PeriodType.INSTANT ? "instant" : "duration") + "\"" + balance
          + " nillable=\"true\"/>\n");
    }
    out.write("</xs:schema>\n");
  }

  private static void calculations(Writer out, List<Rule.Summation> sums) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n");
    for (Rule.Summation s : sums) {
      String role = ROLE + Xml.escape(s.header().id());
      out.write("  <link:roleRef roleURI=\"" + role + "\" xlink:type=\"simple\" xlink:href=\"ledger.xsd#role_"
          + Xml.escape(s.header().id().replaceAll("[^A-Za-z0-9_.-]", "_")) + "\"/>\n");
    }
    for (Rule.Summation s : sums) {
      out.write("  <link:calculationLink xlink:type=\"extended\" xlink:role=\"" + ROLE + Xml.escape(s.header().id())
          + "\">\n");
      out.write(loc(s.total().name()));
      for (Term t : s.items()) {
        if (!t.concept().equals(s.total())) {
          out.write(loc(t.concept().name()));
        }
      }
      int order = 1;
      for (Term t : s.items()) {
        BigDecimal w = t.weight().stripTrailingZeros();
        out.write("    <link:calculationArc xlink:type=\"arc\""
            + " xlink:arcrole=\"https://xbrl.org/2023/arcrole/summation-item\" xlink:from=\"" + s.total().name()
            + "\" xlink:to=\"" + t.concept().name() + "\" order=\"" + order++ + "\" weight=\""
            + w.toPlainString() + "\"/>\n");
      }
      out.write("  </link:calculationLink>\n");
    }
    out.write("</link:linkbase>\n");
  }

  /**
   * The label linkbase: each concept's caption (its first label for every sheet, not negated, not
   * for a member) as its standard label, so a reader shows findings with the ledger's captions.
   */
  private static void labels(Writer out, Collection<Concept> concepts) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<link:linkbase xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " xmlns:xml=\"http://www.w3.org/XML/1998/namespace\">\n"
        + "  <link:labelLink xlink:type=\"extended\" xlink:role=\"http://www.xbrl.org/2003/role/link\">\n");
    for (Concept c : concepts) {
      Optional<String> caption = caption(c);
      if (caption.isEmpty()) {
        continue;
      }
      out.write(loc(c.name()));
      out.write("    <link:label xlink:type=\"resource\" xlink:label=\"label_" + c.name() + "\""
          + " xlink:role=\"" + LabelLinkbaseReader.STANDARD + "\" xml:lang=\"en\">" + Xml.escape(caption.get())
          + "</link:label>\n");
      out.write("    <link:labelArc xlink:type=\"arc\" xlink:arcrole=\"http://www.xbrl.org/2003/arcrole/concept-label\""
          + " xlink:from=\"" + c.name() + "\" xlink:to=\"label_" + c.name() + "\"/>\n");
    }
    out.write("  </link:labelLink>\n</link:linkbase>\n");
  }

  /** The caption a concept is exported under: its first plain label (every sheet, not negated, no member). */
  public static Optional<String> caption(Concept c) {
    return c.labels().stream().filter(l -> l.scope().isEmpty() && !l.negated() && l.member().isEmpty())
        .map(Label::text).findFirst();
  }

  private static String loc(String concept) {
    return "    <link:loc xlink:type=\"locator\" xlink:href=\"ledger.xsd#" + concept + "\" xlink:label=\"" + concept
        + "\"/>\n";
  }

  static String period(Period p) {
    if (p instanceof Period.Duration d) {
      return "<xbrli:startDate>" + d.start() + "</xbrli:startDate><xbrli:endDate>" + d.end() + "</xbrli:endDate>";
    }
    if (p.isForever()) {
      return "<xbrli:forever/>";
    }
    return "<xbrli:instant>" + p.end() + "</xbrli:instant>";
  }
}
