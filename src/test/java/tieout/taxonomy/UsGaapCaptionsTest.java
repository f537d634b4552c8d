package tieout.taxonomy;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tieout.rules.RulesLoader;

/**
 * Real filers' captions for the totals the us-gaap rules check, as printed in the SEC data set
 * 2010q1.zip (pre.txt's plabel; the count of filings using each is in the comment), recognised by
 * the shipped rules/us-gaap taxonomy; partial subtotals and bare "Total" are not.
 */
class UsGaapCaptionsTest {
  private static final Taxonomy TAXONOMY = RulesLoader.load(Path.of("rules/us-gaap")).taxonomy();

  private static Optional<String> concept(String caption) {
    return TAXONOMY.resolveCaption(caption, "Consolidated Balance Sheets").map(u -> u.concept().name());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Total assets|Assets",                                           // 318
      "Total Assets|Assets",                                           // 92
      "TOTAL ASSETS|Assets",                                           // 55
      "Assets, Total|Assets",                                          // 21
      "Total current assets|AssetsCurrent",                            // 352
      "TOTAL CURRENT ASSETS|AssetsCurrent",                            // 10
      "Assets, Current, Total|AssetsCurrent",                          // 4
      "Total Non-Current Assets|AssetsNoncurrent",                     // 2
      "Total long-term assets|AssetsNoncurrent",                       // 1
      "Total Liabilities|Liabilities",                                 // 44
      "Liabilities, Total|Liabilities",                                // 4
      "Total Current Liabilities|LiabilitiesCurrent",                  // 51
      "Total Liabilities, Current|LiabilitiesCurrent",                 // 1
      "Total long-term liabilities|LiabilitiesNoncurrent",             // 11
      "Total Long-Term Liabilities|LiabilitiesNoncurrent",             // 2
      "Total long term liabilities|LiabilitiesNoncurrent",             // 1
      "TOTAL NONCURRENT LIABILITIES|LiabilitiesNoncurrent",            // 3
      "Total shareholders' equity|StockholdersEquity",                 // 62
      "Total Stockholders' Equity|StockholdersEquity",                 // 13
      "Total stockholders equity|StockholdersEquity",
      "Total shareowners' equity|StockholdersEquity",                  // 2
      "Total common shareholders' equity|StockholdersEquity",          // 3
      "Stockholders' Equity Attributable to Parent, Total|StockholdersEquity", // 4
      "Total equity|StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", // 131
      "TOTAL EQUITY|StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", // 10
      "Total liabilities and stockholders' equity|LiabilitiesAndStockholdersEquity",      // 121
      "Total liabilities and equity|LiabilitiesAndStockholdersEquity",                    // 95
      "Total liabilities and shareholders' equity|LiabilitiesAndStockholdersEquity",      // 73
      "Total Liabilities and Equity|LiabilitiesAndStockholdersEquity",                    // 33
      "TOTAL LIABILITIES AND EQUITY|LiabilitiesAndStockholdersEquity",                    // 24
      "Liabilities and Stockholders' Equity, Total|LiabilitiesAndStockholdersEquity",     // 19
      "Total Liabilities & Shareholders' Equity|LiabilitiesAndStockholdersEquity",        // 4
      "Total liabilities and shareholders' investment|LiabilitiesAndStockholdersEquity",  // 3
      "Total liabilities and total equity|LiabilitiesAndStockholdersEquity",
      "Total liabilities and equity (deficit)|LiabilitiesAndStockholdersEquity",          // 2
      "Total liabilities and shareholders' deficit|LiabilitiesAndStockholdersEquity",     // 1
      "Total liabilities, redeemable noncontrolling interest and equity|LiabilitiesAndStockholdersEquity", // 1
      "Total liabilities, non-controlling interests and equity|LiabilitiesAndStockholdersEquity",          // 1
      "Total liabilities and partners' capital|LiabilitiesAndStockholdersEquity",         // 1
  })
  void realCaptionsAreRecognised(String caption, String concept) {
    assertThat(concept(caption), is(Optional.of(concept)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Total",                              // 5 filings print the grand total so: it names nothing alone
      "TOTAL",
      "Total other assets",                 // 7 filings tag this partial subtotal as AssetsNoncurrent
      "Total deferred charges and other assets",
      "Total other liabilities",            // 3 filings tag it as LiabilitiesNoncurrent
      "Total capitalization and liabilities",
  })
  void partialSubtotalsAndBareTotalsAreNotTheTotals(String caption) {
    assertThat(concept(caption), is(Optional.empty()));
  }

  @Test
  void noCaptionNamesTwoConcepts() {
    Map<String, Set<String>> byCaption = new HashMap<>();
    for (Concept c : TAXONOMY.concepts().values()) {
      for (Label l : c.labels()) {
        byCaption.computeIfAbsent(Labels.normalize(l.text()), k -> new TreeSet<>()).add(c.name());
      }
    }
    Map<String, Set<String>> ambiguous = new TreeMap<>();
    byCaption.forEach((caption, concepts) -> {
      if (concepts.size() > 1) {
        ambiguous.put(caption, concepts);
      }
    });
    assertThat(ambiguous, is(anEmptyMap()));
  }
}
