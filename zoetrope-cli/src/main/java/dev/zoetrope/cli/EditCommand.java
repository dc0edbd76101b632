package dev.zoetrope.cli;

import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.modes.InputMedia;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope edit VIDEO PROMPT}: video-to-video (SDEdit), also called remix. */
@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    description = {
      "Re-generate a video so it follows the prompt (video-to-video, SDEdit); this is also remix.",
      "The video's latent is noised to --strength and denoised under the prompt: low strengths keep its layout"
          + " and motion and change details, 1 keeps only its length.",
      "The output has the input's length. It has the input's size too when that is on the model's grid (multiples"
          + " of 16, at most 256 per side); otherwise, or to the --size given, the input is fitted: scaled to cover,"
          + " centre cropped.",
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope edit ball.mp4 \"a blue ball bounces on sand\" -o blue.mp4",
      "  zoetrope edit ball.mp4 \"a red star on grass\" --strength 0.8 -o remix.mp4",
      "  zoetrope edit still.png \"a purple ring at night\" -o night.png",
    })
public final class EditCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "VIDEO", description = "The video to edit (MP4 or anything FFmpeg reads; an image is one frame).")
  Path input;

  @Parameters(index = "1", paramLabel = "PROMPT", description = "What the edited video shows.")
  String prompt;

  @Option(names = {"-o", "--output"}, required = true, description = "Output .mp4 (or .png when the input is one frame).")
  Path output;

  @Option(names = "--strength", defaultValue = "0.6", description = "How far from the input, in (0, 1]: 0.3 keeps most of it, 1 re-generates it (default: ${DEFAULT-VALUE}).")
  double strength;

  @Mixin ModeOptions mode;

  @Override
  public Integer call() throws Exception {
    if (!(strength > 0 && strength <= 1)) throw new IllegalArgumentException("--strength must be in (0, 1], got " + strength);
    ModeRunner runner = new ModeRunner(mode);
    return runner.run("edit", prompt, output, (config, grid) -> {
      InputMedia.Input video = InputMedia.video(input, grid, mode.requestedSize(), config.fps());
      runner.describe(video);
      int frames = video.video().frameCount();
      return new ModeRunner.Task(video.size(), frames, config.fps(), new Conditioning.Edit(video.video(), strength), frames);
    });
  }
}
