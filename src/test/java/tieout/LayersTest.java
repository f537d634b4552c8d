package tieout;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packages in one order, each using only those below it, and no cycle between any two
 * packages (subpackages included): without an exception list, so a new upward or circular
 * dependency fails the build. docs/design.md draws the same layers.
 */
class LayersTest {
  /** Bottom first; a layer is one or more packages (with their subpackages unless said). */
  private static final List<Layer> LAYERS = List.of(
      new Layer("error", "tieout.error.."),
      new Layer("io", "tieout.io.."),
      new Layer("taxonomy", "tieout.taxonomy.."),
      new Layer("ledger", "tieout.ledger.."),
      new Layer("load core", "tieout.load"),
      new Layer("load formats", "tieout.load.table..", "tieout.load.csv..", "tieout.load.xlsx..", "tieout.load.sec..",
          "tieout.load.xbrl.."),
      new Layer("load files", "tieout.load.files.."),
      new Layer("progress", "tieout.progress.."),
      new Layer("rules", "tieout.rules.."),
      new Layer("engine", "tieout.engine..", "tieout.calc.."),
      new Layer("explain", "tieout.explain.."),
      new Layer("narrative", "tieout.narrative.."),
      new Layer("run", "tieout.run.."),
      new Layer("report", "tieout.report.."),
      new Layer("outputs", "tieout.annotate..", "tieout.history..", "tieout.mail..", "tieout.export..",
          "tieout.generate.."),
      new Layer("nightly", "tieout.nightly.."),
      new Layer("cli", "tieout.cli.."),
      new Layer("bench", "tieout.bench.."));

  private record Layer(String name, String... packages) {}

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("tieout");

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("tieout..");
    for (Layer layer : LAYERS) {
      layers = layers.layer(layer.name()).definedBy(layer.packages());
    }
    for (int i = 0; i < LAYERS.size() - 1; i++) {
      String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(Layer::name).toArray(String[]::new);
      layers = layers.whereLayer(LAYERS.get(i).name()).mayOnlyBeAccessedByLayers(above);
    }
    layers.whereLayer(LAYERS.get(LAYERS.size() - 1).name()).mayNotBeAccessedByAnyLayer()
        .ensureAllClassesAreContainedInArchitecture()
        .check(MAIN);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("tieout.(**)").should().beFreeOfCycles().check(MAIN);
  }
}
