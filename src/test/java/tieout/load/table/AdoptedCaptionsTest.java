package tieout.load.table;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.sameInstance;

import org.junit.jupiter.api.Test;
import tieout.taxonomy.Concept;
import tieout.taxonomy.ItemType;
import tieout.taxonomy.PeriodType;

class AdoptedCaptionsTest {
  @Test
  void namesAreTheCaptionInCamelCase() {
    assertThat(AdoptedCaptions.nameOf("Finance receivables, net"), is("FinanceReceivablesNet"));
    assertThat(AdoptedCaptions.nameOf("Total shareholders' equity"), is("TotalShareholdersEquity"));
    assertThat(AdoptedCaptions.nameOf("7. Income Taxes"), is("_7IncomeTaxes"));
    assertThat(AdoptedCaptions.nameOf("Réserves d'exploration"), is("ReservesDExploration"));
    assertThat(AdoptedCaptions.nameOf("—"), is("_"));
  }

  @Test
  void perShareCaptionsArePerShare() {
    assertThat(AdoptedCaptions.itemTypeOf("Basic earnings per share"), is(ItemType.PER_SHARE));
    assertThat(AdoptedCaptions.itemTypeOf("Dividends per common share"), is(ItemType.PER_SHARE));
    assertThat(AdoptedCaptions.itemTypeOf("Cash"), is(ItemType.MONETARY));
  }

  @Test
  void eachRowIsAConceptOfItsOwnAndTakenNamesGetATypeOrANumber() {
    AdoptedCaptions adopted = new AdoptedCaptions();
    Concept cash = adopted.conceptFor("Cash", PeriodType.INSTANT, ItemType.MONETARY, "f.xlsx!BS!A3");

    assertThat(adopted.conceptFor("Cash", PeriodType.INSTANT, ItemType.MONETARY, "f.xlsx!BS!A3"), sameInstance(cash));
    assertThat(adopted.conceptFor("Cash", PeriodType.DURATION, ItemType.MONETARY, "f.xlsx!BS!A3").name(),
        is("CashDuration"));
    assertThat(adopted.conceptFor("Cash", PeriodType.INSTANT, ItemType.MONETARY, "f.xlsx!CF!A30").name(), is("Cash2"));
    assertThat(adopted.conceptFor("Cash", PeriodType.INSTANT, ItemType.MONETARY, "f.xlsx!CF!A31").name(), is("Cash3"));
    assertThat(adopted.notice().orElseThrow().message(), is("4 captions not declared in the taxonomy became concepts"
        + " of their own (undeclared-captions adopt): Cash, CashDuration, Cash2, ...; add labels to the taxonomy's"
        + " concepts to check them with its rules"));
    assertThat(adopted.notice().orElseThrow().location(), is("f.xlsx!BS!A3"));
  }

  @Test
  void noAdoptionNoNotice() {
    assertThat(new AdoptedCaptions().notice().isPresent(), is(false));
  }
}
