package dev.zoetrope.cli;

import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.train.ClipSource;
import dev.zoetrope.train.SyntheticClips;
import dev.zoetrope.train.WorldClips;
import dev.zoetrope.world.sample.WorldSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import dev.zoetrope.train.Trainer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by {@code train autoencoder} and {@code train dit}. */
final class TrainingOptions {
  /** How long Ctrl-C (or SIGTERM) waits for the current step and its checkpoint before the JVM exits anyway. */
  static final long STOP_PATIENCE_SECONDS = 120;
  /** Exit code of a run stopped by Ctrl-C or SIGTERM after writing its checkpoint (128 + SIGINT). */
  static final int STOPPED_EXIT_CODE = 130;

  @Option(names = "--out", required = true, description = "Run folder: checkpoint/, metrics.csv, samples/.")
  Path out;

  @Option(names = "--resume", description = "Continue the run in --out exactly where its checkpoint stopped (its settings; --steps and --minutes may change).")
  boolean resume;

  @Option(names = "--steps", defaultValue = "2000", description = "Total steps of the schedule (default: ${DEFAULT-VALUE}).")
  int steps;

  @Option(names = "--minutes", defaultValue = "0", description = "Stop (and checkpoint) after this many minutes; 0 = no limit. Ctrl-C or SIGTERM also stops after the current step, with a checkpoint.")
  double minutes;

  @Option(names = "--batch", defaultValue = "4", description = "Samples per batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--lr", defaultValue = "3e-4", description = "Peak learning rate (default: ${DEFAULT-VALUE}).")
  double learningRate;

  @Option(names = "--warmup", defaultValue = "100", description = "Warmup steps (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--ema", defaultValue = "0.999", description = "EMA decay of the saved weights (default: ${DEFAULT-VALUE}).")
  double ema;

  @Option(names = "--buckets", split = ",", defaultValue = "1x128x128,17x128x128,33x128x128,17x128x224,17x224x128",
      description = "FRAMESxHEIGHTxWIDTH buckets (default: ${DEFAULT-VALUE}).")
  List<String> buckets;

  @Option(names = "--data", defaultValue = "world", description = "Clips: world (rendered procedural world) or synthetic (built-in squares).")
  String data;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of data order, noise and initial weights.")
  long seed;

  @Option(names = "--log-every", defaultValue = "10", description = "Metrics row every N steps.")
  int logEvery;

  @Option(names = "--sample-every", defaultValue = "0", description = "Checkpoint and write a sample video every N steps (0 = never).")
  int sampleEvery;

  @Option(names = "--checkpoint-every", defaultValue = "500", description = "Checkpoint every N steps.")
  int checkpointEvery;

  @Option(names = "--object-weight", defaultValue = "0", paramLabel = "W", description = {
      "Extra weight of the error where the world's objects are: the autoencoder's reconstruction",
      "inside object boxes counts 1 + W, the transformer's flow loss 1 + W times each latent",
      "position's box coverage; elsewhere 1 (default: ${DEFAULT-VALUE}, plain mean). Needs --data world;",
      "--resume keeps the run's own."})
  double objectWeight;

  @Option(names = "--object-weight-fade", defaultValue = "0", paramLabel = "G", description = {
      "Transformer only: scale --object-weight by (1 - t)^G at flow time t, so it acts at low noise,",
      "where the noisy input already shows where the objects are (default: ${DEFAULT-VALUE}, every time",
      "alike). Needs --object-weight; --resume keeps the run's own."})
  double objectWeightFade;

  @Option(names = "--motion-weight", defaultValue = "0", paramLabel = "L", description = {
      "Transformer only: add L times the mean square of the error's change from one latent frame to the",
      "next, so what moves (objects, a panning background) weighs more than what stays the same",
      "(default: ${DEFAULT-VALUE}, none). Needs no object maps; --resume keeps the run's own."})
  double motionWeight;

  @Option(names = "--fp16", description = "Store the exported weights as float16 (training state stays float32).")
  boolean fp16;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  /**
   * The run's config. On --resume it is the checkpoint's own (so the loss curve continues exactly);
   * only --steps and --minutes, when given, change it.
   */
  TrainConfig config(double captionDropout, double pooledNoise, double pooledDropout, double contextNoise, List<Double> taskWeights)
      throws java.io.IOException {
    if (resume && spec.commandLine().getParseResult().hasMatchedOption("--object-weight")) {
      throw new IllegalArgumentException("--object-weight is set when a run starts; --resume keeps the run's own");
    }
    if (resume && spec.commandLine().getParseResult().hasMatchedOption("--object-weight-fade")) {
      throw new IllegalArgumentException("--object-weight-fade is set when a run starts; --resume keeps the run's own");
    }
    if (resume && spec.commandLine().getParseResult().hasMatchedOption("--motion-weight")) {
      throw new IllegalArgumentException("--motion-weight is set when a run starts; --resume keeps the run's own");
    }
    if (objectWeightFade != 0 && objectWeight == 0) {
      throw new IllegalArgumentException("--object-weight-fade " + objectWeightFade + " fades an object weight: give --object-weight too");
    }
    if (objectWeight != 0 && !"world".equals(data)) {
      throw new IllegalArgumentException("--object-weight needs clips that mark their objects: --data world");
    }
    if (resume) {
      TrainConfig saved = Trainer.savedConfig(out);
      var parsed = spec.commandLine().getParseResult();
      return saved.withBudget(parsed.hasMatchedOption("--steps") ? steps : saved.totalSteps(),
          parsed.hasMatchedOption("--minutes") ? minutes : 0);
    }
    List<Bucket> parsed = buckets.stream().map(Bucket::parse).toList();
    return new TrainConfig(batch, learningRate, Math.min(warmup, steps), steps, 0.01, 1.0, ema, captionDropout, pooledNoise, pooledDropout,
        objectWeight, objectWeightFade, motionWeight, contextNoise, 0, parsed, taskWeights, logEvery, sampleEvery, checkpointEvery, minutes, seed);
  }

  ClipSource clips(double fps) {
    return switch (data) {
      case "synthetic" -> new SyntheticClips();
      case "world" -> WorldClips.captioned(WorldSpec.training(), fps);
      default -> throw new IllegalArgumentException("--data must be world or synthetic, got '" + data + "'");
    };
  }

  static List<Double> weights(List<Double> values) {
    if (values.size() != 6) throw new IllegalArgumentException("--tasks needs 6 weights, got " + Arrays.toString(values.toArray()));
    return values;
  }
}
