package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.TrainConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * The training loop shared by the autoencoder and the transformer: AdamW with warmup and cosine
 * decay, global-norm gradient clipping, EMA weights, a progress bar, metrics.csv, periodic samples,
 * a wall-clock budget and atomic checkpoints that resume exactly (weights, moments, RNG, step).
 * Each step runs in its own manager, so memory is flat across steps.
 */
public final class Trainer {
  /** Called after a checkpoint is written at a sampling step: writes e.g. an MP4 into {@code samples}. */
  @FunctionalInterface
  public interface SampleHook {
    void sample(Path checkpoint, int step, Path samples) throws IOException;
  }

  /**
   * Where and how a run writes; {@code stopAtStep} (0 = none) interrupts a run as a crash would;
   * {@code onStep} (may be null) hears every finished step (the benchmark samples RSS there);
   * {@code stopRequested} (may be null) is asked before every step: when it says yes the run ends
   * there as a finished budget does, with a checkpoint (the CLI wires it to Ctrl-C, {@link StopRequest}).
   */
  public record Options(Path runDir, boolean fp16, PrintStream log, SampleHook sampleHook, int stopAtStep, IntConsumer onStep,
      BooleanSupplier stopRequested) {
    public Options(Path runDir, boolean fp16, PrintStream log, SampleHook sampleHook, int stopAtStep, IntConsumer onStep) {
      this(runDir, fp16, log, sampleHook, stopAtStep, onStep, null);
    }

    public static Options of(Path runDir) {
      return new Options(runDir, false, System.err, null, 0, null);
    }

    public Options quiet() {
      return new Options(runDir, fp16, new PrintStream(java.io.OutputStream.nullOutputStream()), sampleHook, stopAtStep, onStep,
          stopRequested);
    }

    public Options withStepListener(IntConsumer listener) {
      return new Options(runDir, fp16, log, sampleHook, stopAtStep, listener, stopRequested);
    }

    public Options withStopRequest(BooleanSupplier stop) {
      return new Options(runDir, fp16, log, sampleHook, stopAtStep, onStep, stop);
    }
  }

  /** How a run ended; {@code stopped}: by {@link Options#stopRequested}, before its steps or minutes ran out. */
  public record Result(int step, double lastLoss, double seconds, Path checkpoint, boolean stopped) {}

  /** A non-finite loss or gradient skips the update (weights stay finite); this many in a row stop the run. */
  private static final int MAX_SKIPPED_STEPS = 5;

  private final Model model;
  private final Objective objective;
  private final ClipSource source;
  private final TrainConfig config;
  private final Options options;

  public Trainer(Model model, Objective objective, ClipSource source, TrainConfig config, Options options) {
    this.model = model;
    this.objective = objective;
    this.source = source;
    this.config = config;
    this.options = options;
    for (Bucket bucket : config.buckets()) bucket.check(model.config());
  }

  public static Path checkpointOf(Path runDir) {
    return runDir.resolve("checkpoint");
  }

  /** The training config a run's checkpoint was written with (what an exact resume uses). */
  public static TrainConfig savedConfig(Path runDir) throws IOException {
    Path state = checkpointOf(runDir).resolve(dev.zoetrope.checkpoint.Checkpoint.TRAINING).resolve("state.json");
    if (!Files.exists(state)) throw new IllegalArgumentException("cannot resume: " + state + " is missing (not a training run folder)");
    return dev.zoetrope.config.Json.read(state, TrainingState.class).train();
  }

  /** What a run folder's checkpoint trains: "autoencoder", "decoder", "encoder" or "dit". */
  public static String savedTarget(Path runDir) throws IOException {
    Path state = checkpointOf(runDir).resolve(dev.zoetrope.checkpoint.Checkpoint.TRAINING).resolve("state.json");
    if (!Files.exists(state)) throw new IllegalArgumentException("cannot resume: " + state + " is missing (not a training run folder)");
    return dev.zoetrope.config.Json.read(state, TrainingState.class).target();
  }

  /** Trains from scratch, or from the run's checkpoint when {@code resume}. */
  public Result run(boolean resume) throws IOException {
    Files.createDirectories(options.runDir());
    try (NDManager optimizerManager = Compute.newManager()) {
      var trainable = objective.trainable();
      AdamW adam = new AdamW(trainable, optimizerManager, config.weightDecay());
      Ema ema = new Ema(trainable, optimizerManager.newSubManager(), config.emaDecay());
      Rng rng = new Rng(config.seed());
      int step = 0;
      double previousSeconds = 0;
      if (resume) {
        TrainingState state = TrainingFiles.restore(checkpointOf(options.runDir()), objective, adam, ema);
        rng = Rng.restore(state.rng());
        step = state.step();
        previousSeconds = state.elapsedSeconds();
      }
      trainable.requireGradients();
      return loop(adam, ema, rng, step, previousSeconds);
    }
  }

  private Result loop(AdamW adam, Ema ema, Rng rng, int startStep, double previousSeconds) throws IOException {
    MetricsLog metrics = new MetricsLog(options.runDir().resolve("metrics.csv"), startStep);
    ProgressBar bar = new ProgressBar(options.log(), "train " + objective.target());
    Schedule schedule = new Schedule(config.learningRate(), config.warmupSteps(), config.totalSteps());
    long started = System.nanoTime();
    double smoothedRate = 0, loss = Double.NaN;
    int skipped = 0;
    int step = startStep;
    boolean stopped = false;
    while (step < config.totalSteps()) {
      if (options.stopAtStep() > 0 && step >= options.stopAtStep()) break;
      if (options.stopRequested() != null && options.stopRequested().getAsBoolean()) {
        stopped = true;
        break;
      }
      double sessionSeconds = (System.nanoTime() - started) / 1e9;
      if (config.minutes() > 0 && sessionSeconds >= config.minutes() * 60) break;
      long stepStart = System.nanoTime();
      long[] rngBefore = rng.saveState();
      Bucket bucket = config.buckets().get(rng.nextInt(config.buckets().size()));
      Batch batch;
      try {
        batch = Batch.draw(source, bucket, config.batchSize(), rng);
      } catch (StopRequest.Stopped e) {
        options.log().printf("%n%s%n", e.getMessage());
        rng = Rng.restore(rngBefore); // the resumed run draws this step's batch again
        stopped = true;
        break;
      }
      double lr = schedule.at(step), gradNorm;
      String extra;
      try (NDManager stepManager = Compute.newManager()) {
        NDArray lossArray;
        try (GradientCollector collector = Compute.engine().newGradientCollector()) {
          lossArray = objective.loss(stepManager, batch, rng);
          collector.backward(lossArray);
        }
        loss = lossArray.getFloat();
        gradNorm = AdamW.gradientNorm(objective.trainable(), stepManager);
        if (Double.isFinite(loss) && Double.isFinite(gradNorm)) {
          double scale = gradNorm > config.gradClip() ? config.gradClip() / gradNorm : 1.0;
          adam.update(objective.trainable(), lr, scale, stepManager);
          skipped = 0;
        } else if (++skipped >= MAX_SKIPPED_STEPS) {
          throw new IllegalStateException("loss or gradient not finite for " + skipped + " steps in a row (step " + (step + 1)
              + "); lower the learning rate");
        } else {
          options.log().printf("%nwarning: step %d skipped: loss %s, gradient norm %s%n", step + 1, loss, gradNorm);
        }
        objective.trainable().zeroGradients();
        ema.update(objective.trainable(), adam.updates(), stepManager);
        extra = "bucket=" + batch.bucket() + " " + objective.extraMetric(lossArray);
      }
      step++;
      if (options.onStep() != null) options.onStep().accept(step);
      double rate = config.batchSize() / ((System.nanoTime() - stepStart) / 1e9);
      smoothedRate = smoothedRate == 0 ? rate : 0.9 * smoothedRate + 0.1 * rate;
      double elapsed = previousSeconds + (System.nanoTime() - started) / 1e9;
      if (step % config.logEvery() == 0 || step == config.totalSteps()) {
        metrics.append(step, loss, lr, gradNorm, rate, elapsed, extra);
      }
      double eta = (config.totalSteps() - step) * config.batchSize() / smoothedRate;
      bar.show(step, config.totalSteps(), String.format("loss %.4f | %.1f samples/s %s", loss, smoothedRate, extra), eta, config.logEvery());
      boolean sample = config.sampleEvery() > 0 && step % config.sampleEvery() == 0;
      boolean save = sample || (config.checkpointEvery() > 0 && step % config.checkpointEvery() == 0);
      if (save) save(adam, ema, rng, step, elapsed, loss);
      if (sample && options.sampleHook() != null) {
        Path samples = Files.createDirectories(options.runDir().resolve("samples"));
        options.sampleHook().sample(checkpointOf(options.runDir()), step, samples);
      }
    }
    bar.done();
    double elapsed = previousSeconds + (System.nanoTime() - started) / 1e9;
    Path checkpoint = save(adam, ema, rng, step, elapsed, loss);
    if (stopped) options.log().printf("stopped at step %d; checkpoint %s (continue with --resume)%n", step, checkpoint);
    return new Result(step, loss, elapsed, checkpoint, stopped);
  }

  private Path save(AdamW adam, Ema ema, Rng rng, int step, double elapsed, double loss) throws IOException {
    TrainingState state = new TrainingState(objective.target(), step, adam.updates(), rng.saveState(), elapsed, config);
    Path checkpoint = checkpointOf(options.runDir());
    TrainingFiles.save(checkpoint, model, objective, adam, ema, state, source, loss, options.fp16());
    return checkpoint;
  }
}
