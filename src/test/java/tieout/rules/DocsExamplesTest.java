package tieout.rules;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in {@code docs/rules.md} are valid: the docs cannot drift from the parser. */
class DocsExamplesTest {
  /** Concepts the rule examples use but the taxonomy example does not declare. */
  private static final String MORE_CONCEPTS =
      """
      concept NetIncomeLoss monetary duration credit
      concept OperatingIncomeLoss monetary duration credit
      concept InterestExpense monetary duration debit
      concept GeneralAndAdministrativeExpense monetary duration debit
      concept ForeignExchangeLossGain monetary duration debit
      concept ImpairmentOfMineralPropertyInterests monetary duration debit
      concept GainOnSaleOfMineralPropertyInterest monetary duration credit
      concept WorkingCapital monetary instant debit
      concept AssetsCurrent monetary instant debit
      concept AccountsPayableAndAccruedLiabilities monetary instant credit
      concept AccumulatedDeficit monetary instant credit
      concept Assets monetary instant debit
      concept Liabilities monetary instant credit
      concept StockholdersEquity monetary instant credit
      """;

  /** The fenced code blocks that hold declarations (not grammar templates or error output). */
  private static List<String> declarationBlocks() throws IOException {
    String docs = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL).matcher(docs);
    List<String> blocks = new ArrayList<>();
    while (block.find()) {
      String text = block.group(1);
      String firstLine = text.lines().findFirst().orElse("");
      if ((text.startsWith("entity") || text.startsWith("rule ")) && !firstLine.contains("[")) {
        blocks.add(text);
      }
    }
    return blocks;
  }

  @Test
  void everyDeclarationExampleParses() throws IOException {
    List<String> blocks = declarationBlocks();
    assertThat(blocks.size(), is(4));
    Map<String, String> files = new LinkedHashMap<>();
    files.put("docs/more.taxonomy", MORE_CONCEPTS);
    for (int i = 0; i < blocks.size(); i++) {
      files.put("docs/example" + i + ".rules", blocks.get(i));
    }
    RuleSet set = RulesLoader.parse(files);
    assertThat(
        set.rules().stream().map(Rule::id).toList(),
        contains("IS-NL-Q", "WC-1", "IS-Q2Y", "MP-REGION", "IS-OPLOSS", "BS-DEFICIT", "BS-TIE", "FLUX-NL",
            "FLUX-Q"));
    assertThat(set.taxonomy().defaultEntity().orElseThrow(), is("Entrée Gold Inc."));
    Rule.Summation opLoss = (Rule.Summation) set.rules().get(4);
    assertThat(
        RuleTexts.terms(opLoss.items()),
        is(
            "-1*ExplorationExpense, -1*GeneralAndAdministrativeExpense, -1*ForeignExchangeLossGain,"
                + " -1*ImpairmentOfMineralPropertyInterests, 1*GainOnSaleOfMineralPropertyInterest"));
  }
}
