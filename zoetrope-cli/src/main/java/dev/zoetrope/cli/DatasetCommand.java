package dev.zoetrope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zoetrope dataset …}: training shards. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "Training data: render shards from the world or import your own videos (format: docs/dataset.md).",
    subcommands = {DatasetBuildCommand.class, DatasetImportCommand.class},
    footer = {
      "",
      "Examples:",
      "  zoetrope dataset build --out data/world --clips 2000 --seed 1",
      "  zoetrope dataset import my-videos --captions my-videos/captions.jsonl --out data/mine"
    })
final class DatasetCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
