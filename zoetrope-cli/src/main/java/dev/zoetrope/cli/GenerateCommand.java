package dev.zoetrope.cli;

import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.modes.InputMedia;
import dev.zoetrope.modes.OutputWriter;
import dev.zoetrope.modes.SizeGrid;
import dev.zoetrope.modes.VideoSize;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope generate PROMPT}: text to video, text to image (one frame), image to video (--image). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a video or an image from a prompt, or animate an image.",
      "One frame (--frames 1, or -o NAME.png) is an image; --image makes the image the first frame of the video.",
      "The prompt is first expanded into a detailed caption, printed on stderr (--no-expand turns this off).",
      "With --image the first frame is the image, unchanged. Its size is the video's when it is on the model's"
          + " grid (multiples of 16, at most 256 per side); otherwise it is fitted: scaled to cover, centre cropped.",
      "A pan or zoom the prompt states is filmed by a view moving over the sampled scene, a wider one for a pan"
          + " (the model draws a still camera; --no-camera-rig leaves the move to it).",
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope generate \"a red ball bounces on green grass\" -o ball.mp4",
      "  zoetrope generate \"a blue star spins\" --size 224x128 --seconds 8 -o star.mp4",
      "  zoetrope generate \"a yellow box on sand\" -o box.png",
      "  zoetrope generate \"the ball rolls right\" --image start.png -o roll.mp4",
      "  zoetrope generate \"the ball rolls right\" --image start.png --image-strength 0.8 -o steady.mp4",
      "      (the new frames start from the image held still: a steadier scene, fewer of the prompt's facts)",
      "  zoetrope generate \"a green ring moves left\" --no-expand --seed 3 -o ring.mp4",
      "  zoetrope generate \"a red ball on a tile floor, camera panning left\" -o pan.mp4",
    })
public final class GenerateCommand implements Callable<Integer> {
  static final VideoSize DEFAULT_SIZE = new VideoSize(128, 128);
  static final double DEFAULT_SECONDS = 4;

  @Parameters(index = "0", paramLabel = "PROMPT", description = "What the video shows.")
  String prompt;

  @Option(names = {"-o", "--output"}, required = true, description = "Output file: .mp4, or .png for one frame.")
  Path output;

  @Option(names = "--image", paramLabel = "FILE", description = "Animate this image (PNG, JPEG or BMP): it is the first frame.")
  Path image;

  @Option(names = "--seconds", description = "Length, 1 to 60 seconds (default: 4; one frame for a .png); beyond one window, chained.")
  Double seconds;

  @Option(names = "--frames", description = "Exact frame count instead of --seconds (1 = an image).")
  Integer frames;

  @Option(names = "--fps", description = "Frames per second of the output, 1..60 (default: the model's).")
  Double fps;

  @Option(names = "--no-camera-rig", description = {
      "Leave a stated pan or zoom to the model, which draws a still camera, instead of filming it",
      "with a view moving over the sampled scene (the default; text to video only)."})
  boolean noCameraRig;

  @Option(names = "--image-strength", paramLabel = "S", description = {
      "With --image: start the new frames from the image held still, noised to S in (0, 1]",
      "(as edit's --strength), so the first steps see where its objects are; every window of a long",
      "video starts so (default: 1, pure noise)."})
  Double imageStrength;

  @Mixin ModeOptions mode;

  @Override
  public Integer call() throws Exception {
    if (seconds != null && frames != null) throw new IllegalArgumentException("give --seconds or --frames, not both");
    if (noCameraRig && image != null) {
      throw new IllegalArgumentException("--no-camera-rig applies to text to video; with --image the image's own camera stays");
    }
    mode.cameraRig = !noCameraRig;
    if (imageStrength != null) {
      if (image == null) throw new IllegalArgumentException("--image-strength applies to --image only");
      mode.imageStrength = ModeOptions.checkImageStrength(imageStrength);
    }
    if (fps != null && !(fps >= 1 && fps <= 60)) throw new IllegalArgumentException("--fps must be in 1..60, got " + fps);
    ModeRunner runner = new ModeRunner(mode);
    return runner.run("generate", prompt, output, (config, grid) -> plan(runner, config, grid));
  }

  private ModeRunner.Task plan(ModeRunner runner, ModelConfig config, SizeGrid grid) {
    double rate = fps != null ? fps : config.fps();
    int count = frameCount(rate);
    VideoSize requested = mode.requestedSize();
    if (image == null) {
      VideoSize size = grid.check(requested != null ? requested : DEFAULT_SIZE);
      return new ModeRunner.Task(size, count, rate, new Conditioning.TextOnly(), count);
    }
    if (count < 2) throw new IllegalArgumentException("--image animates the image, so it needs at least 2 frames (--seconds 1 or more, and an .mp4)");
    InputMedia.Input start = InputMedia.image(image, grid, requested, rate);
    runner.describe(start);
    return new ModeRunner.Task(start.size(), count, rate, new Conditioning.ImageToVideo(start.video()), count);
  }

  /** --frames, or --seconds at {@code rate}; a .png target without either is one frame. */
  private int frameCount(double rate) {
    if (frames != null) return Durations.frames(frames, rate);
    if (seconds == null && OutputWriter.Format.of(output) == OutputWriter.Format.PNG) return 1;
    return Durations.frames("--seconds", seconds != null ? seconds : DEFAULT_SECONDS, rate);
  }
}
