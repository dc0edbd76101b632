package dev.zoetrope.cli;

import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.modes.InputMedia;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope connect FIRST SECOND PROMPT}: a generated transition from one video into another. */
@Command(
    name = "connect",
    mixinStandardHelpOptions = true,
    description = {
      "Join two videos with a generated transition.",
      "The videos must have one size. The output is FIRST,"
          + " then about --seconds of new frames leading from FIRST's end into SECOND's start, then SECOND.",
      "Both inputs come back unchanged when their size is on the model's grid; otherwise both are fitted alike.",
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope connect ball.mp4 star.mp4 \"the ball becomes a star\" -o joined.mp4",
      "  zoetrope connect a.mp4 b.mp4 \"the camera pans right\" --seconds 3 -o pan.mp4",
    })
public final class ConnectCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FIRST", description = "The video the transition starts from.")
  Path first;

  @Parameters(index = "1", paramLabel = "SECOND", description = "The video the transition leads into (the same size as FIRST).")
  Path second;

  @Parameters(index = "2", paramLabel = "PROMPT", description = "What the transition shows.")
  String prompt;

  @Option(names = {"-o", "--output"}, required = true, description = "Output .mp4: FIRST, the transition, SECOND.")
  Path output;

  @Option(names = "--seconds", defaultValue = "2", description = "Length of the transition, 1 to 60 seconds (rounded up to the model's frame rule; default: ${DEFAULT-VALUE}).")
  double seconds;

  @Mixin ModeOptions mode;

  @Override
  public Integer call() throws Exception {
    ModeRunner runner = new ModeRunner(mode);
    return runner.run("connect", prompt, output, (config, grid) -> {
      int count = Durations.frames("--seconds", seconds, config.fps());
      InputMedia.Input from = InputMedia.video(first, grid, mode.requestedSize(), config.fps());
      InputMedia.Input into = InputMedia.video(second, grid, mode.requestedSize(), config.fps());
      if (!from.source().equals(into.source())) {
        throw new IllegalArgumentException(first + " is " + from.source() + " but " + second + " is " + into.source()
            + ": connect joins two videos of one size; resize one first (e.g. ffmpeg -i IN -vf scale=" + from.source().width() + ":"
            + from.source().height() + " OUT)");
      }
      runner.describe(from);
      runner.describe(into);
      var conditioning = new Conditioning.Connect(from.video(), into.video());
      return new ModeRunner.Task(from.size(), count, config.fps(), conditioning, from.video().frameCount() + count + into.video().frameCount());
    });
  }
}
