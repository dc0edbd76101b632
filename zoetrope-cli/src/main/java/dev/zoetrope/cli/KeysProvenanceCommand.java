package dev.zoetrope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zoetrope keys provenance}: the signing identity for C2PA content credentials. */
@Command(
    name = "provenance",
    mixinStandardHelpOptions = true,
    description = "Manage the key and certificates that sign every video's C2PA manifest.",
    subcommands = {KeysProvenanceInitCommand.class},
    footer = {"", "Examples:", "  zoetrope keys provenance init", "  zoetrope keys provenance init --dir /etc/zoetrope/provenance --organisation \"Example Studio\""})
public final class KeysProvenanceCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
