package dev.zoetrope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code zoetrope} launcher: one picocli class per command. */
@Command(
    name = "zoetrope",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Text-to-video diffusion on the JVM: generate, train, serve and measure.",
    subcommands = {
      CommandLine.HelpCommand.class,
      WorldCommand.class,
      DatasetCommand.class,
      TrainCommand.class,
      GenerateCommand.class,
      ExtendCommand.class,
      ConnectCommand.class,
      EditCommand.class,
      BenchCommand.class,
      PromptCommand.class,
      ServeCommand.class,
      WorkerCommand.class,
      KeysCommand.class,
      ModerateCommand.class,
      DetectCommand.class,
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope world sample --seed 7 --size 128x128 --seconds 4 --fps 8 -o clip.mp4",
      "  zoetrope generate \"a red ball bounces on green grass\" -o ball.mp4",
      "  zoetrope extend ball.mp4 \"the ball keeps bouncing\" --seconds 4 -o more.mp4",
      "  zoetrope train dit --autoencoder runs/ae/checkpoint --out runs/dit --minutes 60",
      "  zoetrope generate \"a red ball\" --model runs/dit/checkpoint -o mine.mp4",
      "      (a model you trained; the default is the shipped models/zoetrope-world)",
      "  zoetrope dataset build --out ~/data/world --clips 2000 --seed 1",
      "  zoetrope serve",
      "  zoetrope moderate \"a red ball bouncing\"",
      "  zoetrope detect video.mp4",
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new ErrorHandler());
    return cli;
  }
}
