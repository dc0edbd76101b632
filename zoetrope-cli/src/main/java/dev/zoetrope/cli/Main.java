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
      BenchCommand.class,
      PromptCommand.class,
      ServeCommand.class,
      WorkerCommand.class,
      KeysCommand.class,
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope world sample --seed 7 --size 128x128 --seconds 4 --fps 8 -o clip.mp4",
      "  zoetrope dataset build --out ~/data/world --clips 2000 --seed 1",
      "  zoetrope serve",
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
