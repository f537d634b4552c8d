package tieout.load;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one definition of an input file, by name. */
class InputKindTest {
  @Test
  void recognisesEachKindWhateverTheCase() {
    assertThat(InputKind.of(Path.of("in/Book.XLSX")), is(Optional.of(InputKind.XLSX)));
    assertThat(InputKind.of(Path.of("facts.csv")), is(Optional.of(InputKind.CSV)));
    assertThat(InputKind.of(Path.of("2010q1.zip")), is(Optional.of(InputKind.SEC_DATA_SET)));
    assertThat(InputKind.of(Path.of("book.xlsb")), is(Optional.empty()));
    assertThat(InputKind.of(Path.of("book.xlsx.bak")), is(Optional.empty()));
  }

  @Test
  void describesWhatIsRead() {
    assertThat(InputKind.described(), is(".xlsx, .csv, SEC data set .zip, XBRL .xml/.xbrl/.htm"));
    assertThat(InputKind.SEC_DATA_SET.annotatable(), is(false));
    assertThat(InputKind.XLSX.annotatable() && InputKind.CSV.annotatable(), is(true));
  }

  @Test
  void saysWhatToDoWithFilesAUserMayHaveMeant() {
    for (String name : new String[] {"q.xlsb", "old.xls", "macro.xlsm", "calc.ods", "mac.numbers"}) {
      assertThat(name, InputKind.advice(Path.of(name)), is(Optional.of("save it as an Excel Workbook (.xlsx)")));
    }
    assertThat(InputKind.advice(Path.of("t.tsv")), is(Optional.of("save it as CSV (comma delimited, .csv)")));
    assertThat(InputKind.advice(Path.of("10-K.pdf")), is(Optional.of(
        "tieout reads tables, not documents: copy the tables into an .xlsx or .csv file")));
    assertThat(InputKind.advice(Path.of("data.tar.gz")), is(Optional.of(
        "unpack it; tieout reads .zip only as an SEC data set")));
    assertThat(InputKind.advice(Path.of("README.md")), is(Optional.empty()));
    assertThat(InputKind.advice(Path.of("mdna.txt")), is(Optional.empty()));
  }
}
