package dev.zoetrope.cli;

import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.generate.DiffusionGenerator;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.generate.GeneratorOptions;
import dev.zoetrope.generate.MiniLmPrompts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zoetrope generate PROMPT}: text to video (or an image with --frames 1) with a progress bar. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate a video (or an image) from a prompt with a trained checkpoint.",
    footer = {
      "",
      "Examples:",
      "  zoetrope generate \"a red ball bounces on green grass\" -o ball.mp4",
      "  zoetrope generate \"a blue star spins\" --model runs/dit/checkpoint --size 224x128 --seconds 8 --seed 3 -o star.mp4",
      "  zoetrope generate \"a yellow box on sand\" --frames 1 -o box.png",
      "  zoetrope generate \"a green ring moves left\" --steps 30 --guidance 5 --sampler heun -o ring.mp4",
    })
public final class GenerateCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "What the video shows.")
  String prompt;

  @Option(names = "--model", description = "Checkpoint folder (default: models/zoetrope-world in the Zoetrope home).")
  Path model;

  @Option(names = {"-o", "--output"}, required = true, description = "Output file: .mp4, or .png for one frame.")
  Path output;

  @Option(names = "--size", defaultValue = "128x128", description = "WIDTHxHEIGHT, multiples of the model's patch (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--seconds", defaultValue = "4", description = "Length in seconds (default: ${DEFAULT-VALUE}); beyond one window, chained.")
  double seconds;

  @Option(names = "--frames", description = "Exact frame count instead of --seconds (1 = an image).")
  Integer frames;

  @Option(names = "--fps", description = "Frames per second (default: the model's).")
  Double fps;

  @Option(names = "--seed", defaultValue = "0", description = "Seed: the same seed gives the same bytes (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--steps", defaultValue = "0", description = "Sampling steps (default: the model's, 20).")
  int steps;

  @Option(names = "--guidance", defaultValue = "0", description = "Classifier-free guidance scale (default: the model's, 4).")
  double guidance;

  @Option(names = "--sampler", defaultValue = "euler", description = "euler or heun (default: ${DEFAULT-VALUE}).")
  String sampler;

  @Override
  public Integer call() throws Exception {
    Path checkpoint = model != null ? model : defaultModel();
    int[] wh = parseSize(size);
    GeneratorOptions options = GeneratorOptions.defaults().withSampler(new SamplerConfig(sampler, 20, 4.0));
    try (DiffusionGenerator generator = DiffusionGenerator.load(checkpoint, MiniLmPrompts.shared(), options)) {
      double rate = fps != null ? fps : generator.config().fps();
      int count = frames != null ? frames : (int) Math.max(1, Math.round(seconds * rate));
      var request = new GenerationRequest(prompt, wh[0], wh[1], count, rate, seed, steps, guidance, new Conditioning.TextOnly());
      ConsoleProgress progress = new ConsoleProgress(System.err, "generate");
      long start = System.nanoTime();
      GenerationResult result = generator.generate(request, progress);
      progress.done();
      VideoFiles.write(result.video(), output);
      System.out.printf("wrote %s (%dx%d, %d frames, %.1f s) in %.1f s%n", output, wh[0], wh[1], result.video().frameCount(),
          result.video().seconds(), (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }

  static Path defaultModel() {
    Path home = Path.of(System.getProperty("zoetrope.home", "."));
    Path model = home.resolve("models").resolve("zoetrope-world");
    if (!Files.isDirectory(model)) {
      throw new IllegalArgumentException("no model at " + model + "; train one (zoetrope train …) or pass --model CHECKPOINT");
    }
    return model;
  }

  static int[] parseSize(String text) {
    String[] parts = text.trim().toLowerCase(java.util.Locale.ROOT).split("x");
    try {
      if (parts.length == 2) {
        int w = Integer.parseInt(parts[0]), h = Integer.parseInt(parts[1]);
        if (w > 0 && h > 0) return new int[] {w, h};
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException("--size must look like 128x128 or 224x128, got '" + text + "'");
  }
}
