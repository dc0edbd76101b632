package dev.zoetrope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zoetrope train}: the autoencoder first, then the diffusion transformer on its latents. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the video autoencoder, then the diffusion transformer; average fine-tuned transformers.",
    subcommands = {TrainAutoencoderCommand.class, TrainDitCommand.class, TrainAverageCommand.class},
    footer = {
      "",
      "Examples:",
      "  zoetrope train autoencoder --out runs/ae --preset small --data world --minutes 60",
      "  zoetrope train dit --autoencoder runs/ae/checkpoint --out runs/dit --data world --minutes 120",
      "  zoetrope train dit --out runs/dit --resume --minutes 60",
      "  zoetrope train average runs/a/checkpoint runs/b/checkpoint --out runs/soup",
    })
public final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
