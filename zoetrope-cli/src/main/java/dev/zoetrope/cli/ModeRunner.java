package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.generate.DiffusionGenerator;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.generate.GeneratorOptions;
import dev.zoetrope.generate.MiniLmPrompts;
import dev.zoetrope.modes.GivenScene;
import dev.zoetrope.modes.InputMedia;
import dev.zoetrope.modes.Moderation;
import dev.zoetrope.modes.OutputWriter;
import dev.zoetrope.modes.SizeGrid;
import dev.zoetrope.modes.VideoSize;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.world.sample.PlaceablePromptExpander;
import dev.zoetrope.world.scene.SceneFacts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The one path every generation command takes: check the prompt and the output name, moderate,
 * read the model's config, let the command plan its task (reading and fitting its inputs), expand
 * the prompt, generate with a progress bar, and write through the single {@link OutputWriter}
 * (watermark of the model and a job id, MP4 or PNG, C2PA). Cheap checks come first, so bad input fails in
 * milliseconds; nothing is written unless the whole generation succeeded.
 */
final class ModeRunner {
  /** Exit code of a prompt that moderation blocks. */
  static final int BLOCKED = 3;
  private static final SecureRandom JOB_IDS = new SecureRandom();

  /** What a command asks the generator for; {@code outputFrames} is the result's length, for the output check. */
  record Task(VideoSize size, int frames, double fps, Conditioning conditioning, int outputFrames) {
    Task {
      Objects.requireNonNull(size, "size");
      Objects.requireNonNull(conditioning, "conditioning");
    }
  }

  /** Plans a command's task once the model's grid and frame rate are known. */
  @FunctionalInterface
  interface Planner {
    Task plan(ModelConfig config, SizeGrid grid);
  }

  private final ModeOptions options;
  private final Moderation moderation;
  private final PrintStream out;
  private final PrintStream err;

  ModeRunner(ModeOptions options) {
    this(options, Moderation.CONTENT_POLICY, System.out, System.err);
  }

  ModeRunner(ModeOptions options, Moderation moderation, PrintStream out, PrintStream err) {
    this.options = options;
    this.moderation = moderation;
    this.out = out;
    this.err = err;
  }

  int run(String label, String prompt, Path output, Planner planner) throws Exception {
    String text = checkPrompt(prompt);
    OutputWriter.Format.of(output);
    GeneratorOptions generatorOptions = options.generatorOptions();
    moderate(text);
    Path checkpoint = options.checkpoint();
    ModelConfig config = Checkpoint.readConfig(checkpoint);
    DiffusionGenerator.contextNoise(config.dit(), generatorOptions);
    Task task = planner.plan(config, SizeGrid.of(config));
    OutputWriter.check(output, task.outputFrames());
    String conditioned = promptForModel(text, task.conditioning());
    String jobId = newJobId();
    OutputWriter writer = OutputWriter.standard(jobId, options.keys());
    try (DiffusionGenerator generator = DiffusionGenerator.load(checkpoint, MiniLmPrompts.shared(), generatorOptions)) {
      GenerationRequest request = new GenerationRequest(conditioned, task.size().width(), task.size().height(), task.frames(), task.fps(),
          options.seed, options.steps, options.guidance, task.conditioning());
      generator.cameraRig(request).ifPresent(rig -> err.printf("camera: %s, filmed %s%s (--no-camera-rig leaves it to the model)%n",
          rig.camera().word(), rig.canvasWidth() == task.size().width() && rig.canvasHeight() == task.size().height()
              ? "inside the frame" : "over a " + rig.canvasWidth() + "x" + rig.canvasHeight() + " canvas",
          rig.slowed() ? String.format(java.util.Locale.ROOT, ", at %.2f of the usual speed to stay within the rig's limits", rig.speedShare()) : ""));
      ConsoleProgress progress = new ConsoleProgress(err, label);
      long start = System.nanoTime();
      GenerationResult result = generator.generate(request, progress);
      progress.done();
      err.printf("watermark: model %s, job %s (payload %s)%n", result.modelId(), jobId, Payload.of(result.modelId(), jobId).hex());
      writer.write(result, output);
      out.printf(Locale.ROOT, "wrote %s (%s) in %.1f s%n", output, OutputWriter.describe(result.video()), (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }

  private void moderate(String prompt) {
    moderation.blockReason(prompt).ifPresent(reason -> {
      throw new ExitException(BLOCKED, "the prompt was blocked by moderation (" + reason + "); nothing was written");
    });
  }

  /** A random id for this run; the watermark carries its hash, and stderr shows it so a found video can be traced. */
  private static String newJobId() {
    byte[] random = new byte[8];
    JOB_IDS.nextBytes(random);
    return "cli_" + HexFormat.of().formatHex(random);
  }

  /**
   * The expansion of the prompt (or the prompt itself with --no-expand), printed on stderr. With
   * given frames, what they show fills the facts the prompt leaves unstated ({@link GivenScene}).
   */
  private String promptForModel(String prompt, Conditioning conditioning) {
    if (options.noExpand) {
      err.println("prompt (not expanded): " + prompt);
      return prompt;
    }
    SceneFacts seen = GivenScene.read(conditioning);
    String caption = new PlaceablePromptExpander().expand(prompt, options.seed, seen).caption();
    err.println("expanded prompt" + (seen == null ? "" : " (unstated facts read from the given frames)") + ": " + caption);
    return caption;
  }

  /** Says on stderr when an input was resized, cropped or retimed on its way in. */
  void describe(InputMedia.Input input) {
    if (input.fitted()) {
      err.printf("%s: %s fitted to %s (scaled to cover, centre cropped)%n", input.file(), input.source(), input.size());
    }
    if (input.retimed()) {
      err.printf("%s: %.3g fps retimed to the model's %.3g fps (%d frames)%n", input.file(), input.sourceFps(), input.video().fps(),
          input.video().frameCount());
    }
  }

  static String checkPrompt(String prompt) {
    if (prompt == null || prompt.isBlank()) throw new IllegalArgumentException("the prompt is empty: say what the video should show");
    return prompt.strip();
  }
}
