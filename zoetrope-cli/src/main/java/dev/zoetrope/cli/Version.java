package dev.zoetrope.cli;

import picocli.CommandLine;

/** Reports the version from the jar manifest, or "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
  static String current() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"Zoetrope " + current()};
  }
}
