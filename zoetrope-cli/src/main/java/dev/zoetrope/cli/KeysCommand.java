package dev.zoetrope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zoetrope keys}: API keys of the server. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke the server's API keys (only their SHA-256 is stored); keys provenance: C2PA signing.",
    subcommands = {KeysCreateCommand.class, KeysListCommand.class, KeysRevokeCommand.class, KeysProvenanceCommand.class},
    footer = {
      "",
      "Examples:",
      "  zoetrope keys create --owner alice --name laptop",
      "  zoetrope keys list",
      "  zoetrope keys revoke key_3f9c2a1b0d4e5f60",
      "  zoetrope keys provenance init",
    })
public final class KeysCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
