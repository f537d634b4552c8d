package tieout.load.xbrl;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tieout.ledger.Fact;
import tieout.taxonomy.Axis;
import tieout.taxonomy.Concept;
import tieout.taxonomy.Label;
import tieout.taxonomy.Taxonomy;

/**
 * The user's taxonomy with the concepts of the XBRL filings read beside the workbooks, each with
 * the filing's own standard label: a workbook caption that is a filing's label then names the
 * filing's concept, so the same figure in the board pack and the draft filing meets in one context
 * and the DUPLICATE rule ties them. A concept the user declares stays as declared; the filing's
 * entity becomes the default entity when the user's taxonomy names none.
 */
public final class FilingTaxonomy {
  private FilingTaxonomy() {}

  static Taxonomy extend(Taxonomy taxonomy, List<XbrlFiling> filings) {
    Taxonomy.Builder b = Taxonomy.builder()
        .fiscalYearEnd(taxonomy.fiscalYearEnd())
        .adoptUndeclaredCaptions(taxonomy.adoptsUndeclaredCaptions());
    for (Axis axis : taxonomy.axes().values()) {
      b.add(axis);
    }
    Map<String, Concept> concepts = new LinkedHashMap<>(taxonomy.concepts());
    String entity = taxonomy.defaultEntity().orElse(null);
    for (XbrlFiling filing : filings) {
      for (Fact f : filing.facts()) {
        Concept c = f.concept();
        Concept declared = concepts.get(c.name());
        String label = filing.labels().get(c.name());
        if (declared == null) {
          concepts.put(c.name(), c);
        } else if (label != null && declared.labels().stream().noneMatch(l -> l.text().equals(label))) {
          // The user's concept keeps its type; the filing's caption for it is added.
          concepts.put(c.name(), new Concept(declared.name(), declared.periodType(), declared.itemType(),
              declared.balance(), declared.additive(), ImmutableList.<Label>builder().addAll(declared.labels())
                  .add(Label.plain(label)).build()));
        }
        if (entity == null) {
          entity = f.entity();
        }
      }
    }
    concepts.values().forEach(b::add);
    if (entity != null) {
      b.defaultEntity(entity);
    }
    return b.build();
  }
}
