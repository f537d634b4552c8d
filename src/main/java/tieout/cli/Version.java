package tieout.cli;

import picocli.CommandLine;

/** {@code tieout --version}: the version Maven wrote into the jar's manifest. */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"tieout " + (v == null ? "(development build)" : v)};
  }
}
