package dev.zoetrope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zoetrope world …}: the synthetic world. */
@Command(
    name = "world",
    mixinStandardHelpOptions = true,
    description = "The synthetic world: sample and render scenes with their ground truth.",
    subcommands = {WorldSampleCommand.class, WorldBenchCommand.class},
    footer = {"", "Examples:", "  zoetrope world sample --seed 7 --size 128x128 --seconds 4 --fps 8 -o clip.mp4"})
final class WorldCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
