package dev.zoetrope.cli;

import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.modes.InputMedia;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope extend VIDEO PROMPT}: new frames after (or before) a video, or a seamless loop. */
@Command(
    name = "extend",
    mixinStandardHelpOptions = true,
    description = {
      "Extend a video forward or backward, or make it loop.",
      "Adds --seconds of new frames that follow the prompt: after the video's end (default) or before its start"
          + " (--backward). --loop makes the new frames lead back into the video's first frame, so the"
          + " result plays as a seamless loop.",
      "The input's frames come back unchanged (as decoded) when its size is on the model's grid and it runs at"
          + " the model's frame rate; otherwise it is fitted (scaled to cover, centre cropped) and retimed (nearest"
          + " frame in time), and a note on stderr says so.",
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope extend ball.mp4 \"the ball keeps bouncing\" --seconds 4 -o more.mp4",
      "  zoetrope extend ball.mp4 \"a red ball rolls in\" --backward -o before.mp4",
      "  zoetrope extend star.mp4 \"a blue star spins\" --seconds 2 --loop -o loop.mp4",
    })
public final class ExtendCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "VIDEO", description = "The video to extend (MP4 or anything FFmpeg reads; an image is one frame).")
  Path input;

  @Parameters(index = "1", paramLabel = "PROMPT", description = "What the new frames show.")
  String prompt;

  @Option(names = {"-o", "--output"}, required = true, description = "Output .mp4: the input and the new frames.")
  Path output;

  @Option(names = "--seconds", defaultValue = "4", description = "Seconds of new frames, 1 to 60 (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--backward", description = "Add the new frames before the video's start instead of after its end.")
  boolean backward;

  @Option(names = "--loop", description = "Make the new frames lead back into the video's start: a seamless loop (forward only).")
  boolean loop;

  @Mixin ModeOptions mode;

  @Override
  public Integer call() throws Exception {
    if (backward && loop) throw new IllegalArgumentException("--backward and --loop cannot be combined: a loop extends forward, back into the start");
    ModeRunner runner = new ModeRunner(mode);
    return runner.run("extend", prompt, output, (config, grid) -> {
      int count = Durations.frames("--seconds", seconds, config.fps());
      InputMedia.Input video = InputMedia.video(input, grid, mode.requestedSize(), config.fps());
      runner.describe(video);
      var conditioning = new Conditioning.Extend(video.video(), backward, loop);
      return new ModeRunner.Task(video.size(), count, config.fps(), conditioning, video.video().frameCount() + count);
    });
  }
}
