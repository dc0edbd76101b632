package dev.zoetrope.cli;

import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.Json;
import dev.zoetrope.generate.MiniLmPrompts;
import dev.zoetrope.media.AtomicFiles;
import dev.zoetrope.train.CaptionUse;
import dev.zoetrope.world.sample.WorldSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope bench captions}: how much a model's transformer uses its caption, on objects and on the background. */
@Command(
    name = "captions",
    mixinStandardHelpOptions = true,
    description = {
      "Measure how much a model uses its caption.",
      "Compares the flow loss on fresh world clips at fixed noise levels with each clip's short prompt and with"
          + " the caption dropped, on the latent positions objects touch and on the background. A model that follows"
          + " prompts loses much more on objects without its caption. Seconds to run; the oracle bench (bench quality)"
          + " is the measure of the videos themselves."
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope bench captions",
      "  zoetrope bench captions --model runs/dit/checkpoint --clips 32 --size 33x128x128 --out captions.json"
    })
public final class BenchCaptionsCommand implements Callable<Integer> {
  @Option(names = "--model", description = "Checkpoint folder (default: models/zoetrope-world in the Zoetrope home).")
  Path model;

  @Option(names = "--clips", defaultValue = "16", description = "World clips to measure on (default: ${DEFAULT-VALUE}).")
  int clips;

  @Option(names = "--size", defaultValue = "17x128x128", description = "FRAMESxHEIGHTxWIDTH of the clips (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--times", split = ",", defaultValue = "0.1,0.3,0.5,0.7,0.9", description = "Noise levels t, each in (0, 1) (default: ${DEFAULT-VALUE}).")
  List<Double> times;

  @Option(names = "--held-out", description = "Draw scenes from the whole world, held-out compositions included (default: the training world).")
  boolean heldOut;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the scenes and the noise (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", description = "Also write the report as JSON here.")
  Path out;

  @Override
  public Integer call() throws Exception {
    Bucket bucket = Bucket.parse(size);
    double[] levels = times.stream().mapToDouble(Double::doubleValue).toArray();
    CaptionUse.Report report;
    try (Model loaded = Model.load(ModeOptions.checkpointOr(model), true)) {
      report = CaptionUse.measure(loaded, MiniLmPrompts.shared(), heldOut ? WorldSpec.full() : WorldSpec.training(), bucket, clips, seed,
          levels);
    }
    System.out.printf("%d clips at %s; objects touch %.1f%% of latent positions%n", report.clips(), bucket, 100 * report.objectShare());
    System.out.println("    t   object: caption   dropped   gain   background: caption   dropped");
    for (CaptionUse.Row row : report.rows()) {
      System.out.printf("  %.2f          %.4f    %.4f  %5.1f%%               %.4f    %.4f%n", row.t(), row.objectCaptioned(),
          row.objectDropped(), 100 * row.objectGain(), row.backgroundCaptioned(), row.backgroundDropped());
    }
    if (out != null) {
      Path temporary = AtomicFiles.temporarySibling(out.toAbsolutePath());
      Files.writeString(temporary, Json.write(report));
      AtomicFiles.commit(temporary, out.toAbsolutePath());
    }
    return 0;
  }
}
