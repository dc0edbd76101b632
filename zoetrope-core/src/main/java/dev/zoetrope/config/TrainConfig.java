package dev.zoetrope.config;

import java.util.List;

/**
 * One training run. {@code totalSteps} sets the cosine schedule; {@code minutes} (0 = none) stops
 * early on a wall-clock budget. {@code taskWeights} weigh the task mixture in the order of
 * {@code dev.zoetrope.flow.Task}. {@code pooledNoise} and {@code pooledDropout} augment a
 * transformer's pooled text path (conditioning augmentation): Gaussian noise of that standard
 * deviation on each kept caption's layer-normed mean token state, and the share of kept captions
 * whose pooled vector is dropped while their tokens stay. {@code objectWeight} weighs the error
 * where the clips' objects are: an autoencoder's reconstruction inside the object boxes counts
 * 1 + objectWeight there, 1 elsewhere; a transformer's flow loss counts 1 + objectWeight times each
 * latent position's box coverage (0 = plain MSE). {@code objectWeightFade} γ scales a
 * transformer's object weight by (1 − t)^γ at flow time t: 0 keeps it at every noise level; a larger
 * γ keeps it to low noise, where the noisy input already shows where the objects are.
 * {@code motionWeight} λ adds to a transformer's loss λ times the mean square of the error's change
 * from one latent frame to the next, so what moves (objects, a panning background) weighs more than
 * what stays. {@code contextNoise} c &gt; 0 trains a transformer to take given frames noised: each
 * step that gives frames noises them to a level drawn uniformly from [0, c] and tells the model that
 * level. {@code latentNoise} σ &gt; 0 (a decoder-only run) adds Gaussian noise to the latent the decoder
 * reads, at a level drawn per clip uniformly from [0, σ] in the transformer's latent units, so the
 * decoder learns to turn a sampled latent's residual errors into clean pixels instead of speckle.
 * Runs saved before these existed read 0.
 */
public record TrainConfig(
    int batchSize,
    double learningRate,
    int warmupSteps,
    int totalSteps,
    double weightDecay,
    double gradClip,
    double emaDecay,
    double captionDropout,
    double pooledNoise,
    double pooledDropout,
    double objectWeight,
    double objectWeightFade,
    double motionWeight,
    double contextNoise,
    double latentNoise,
    List<Bucket> buckets,
    List<Double> taskWeights,
    int logEvery,
    int sampleEvery,
    int checkpointEvery,
    double minutes,
    long seed) {

  public TrainConfig {
    buckets = List.copyOf(buckets);
    taskWeights = List.copyOf(taskWeights);
    if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1");
    if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate must be > 0");
    if (warmupSteps < 0) throw new IllegalArgumentException("warmupSteps must be >= 0");
    if (totalSteps < 1) throw new IllegalArgumentException("totalSteps must be >= 1");
    if (weightDecay < 0) throw new IllegalArgumentException("weightDecay must be >= 0");
    if (!(gradClip > 0)) throw new IllegalArgumentException("gradClip must be > 0");
    if (emaDecay < 0 || emaDecay >= 1) throw new IllegalArgumentException("emaDecay must be in [0, 1)");
    if (captionDropout < 0 || captionDropout > 1) throw new IllegalArgumentException("captionDropout must be in [0, 1]");
    if (!(pooledNoise >= 0) || Double.isInfinite(pooledNoise)) throw new IllegalArgumentException("pooledNoise must be >= 0");
    if (!(pooledDropout >= 0 && pooledDropout <= 1)) throw new IllegalArgumentException("pooledDropout must be in [0, 1]");
    if (!(objectWeight >= 0) || Double.isInfinite(objectWeight)) throw new IllegalArgumentException("objectWeight must be >= 0");
    if (!(objectWeightFade >= 0) || Double.isInfinite(objectWeightFade)) {
      throw new IllegalArgumentException("objectWeightFade must be >= 0");
    }
    if (!(motionWeight >= 0) || Double.isInfinite(motionWeight)) throw new IllegalArgumentException("motionWeight must be >= 0");
    if (!(contextNoise >= 0 && contextNoise < 1)) throw new IllegalArgumentException("contextNoise must be in [0, 1), got " + contextNoise);
    if (!(latentNoise >= 0) || Double.isInfinite(latentNoise)) throw new IllegalArgumentException("latentNoise must be >= 0, got " + latentNoise);
    if (buckets.isEmpty()) throw new IllegalArgumentException("at least one bucket is needed");
    if (taskWeights.size() != 6) throw new IllegalArgumentException("taskWeights needs 6 entries, got " + taskWeights.size());
    if (taskWeights.stream().anyMatch(w -> w < 0) || taskWeights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new IllegalArgumentException("taskWeights must be >= 0 with a positive sum");
    }
    if (logEvery < 1 || sampleEvery < 0 || checkpointEvery < 0) throw new IllegalArgumentException("bad logging intervals");
    if (minutes < 0) throw new IllegalArgumentException("minutes must be >= 0");
  }

  /** A run with plain reconstruction MSE. */
  public TrainConfig(int batchSize, double learningRate, int warmupSteps, int totalSteps, double weightDecay, double gradClip,
      double emaDecay, double captionDropout, double pooledNoise, double pooledDropout, List<Bucket> buckets, List<Double> taskWeights,
      int logEvery, int sampleEvery, int checkpointEvery, double minutes, long seed) {
    this(batchSize, learningRate, warmupSteps, totalSteps, weightDecay, gradClip, emaDecay, captionDropout, pooledNoise, pooledDropout, 0,
        0, 0, 0, 0, buckets, taskWeights, logEvery, sampleEvery, checkpointEvery, minutes, seed);
  }

  /** A run without pooled text augmentation. */
  public TrainConfig(int batchSize, double learningRate, int warmupSteps, int totalSteps, double weightDecay, double gradClip,
      double emaDecay, double captionDropout, List<Bucket> buckets, List<Double> taskWeights, int logEvery, int sampleEvery,
      int checkpointEvery, double minutes, long seed) {
    this(batchSize, learningRate, warmupSteps, totalSteps, weightDecay, gradClip, emaDecay, captionDropout, 0, 0, buckets, taskWeights,
        logEvery, sampleEvery, checkpointEvery, minutes, seed);
  }

  /** The same run with another length and wall-clock budget (what a resume may change). */
  public TrainConfig withBudget(int steps, double budgetMinutes) {
    return new TrainConfig(batchSize, learningRate, Math.min(warmupSteps, steps), steps, weightDecay, gradClip, emaDecay, captionDropout,
        pooledNoise, pooledDropout, objectWeight, objectWeightFade, motionWeight, contextNoise, latentNoise, buckets, taskWeights, logEvery, sampleEvery,
        checkpointEvery, budgetMinutes, seed);
  }

  /** The same run with the decoder reading latents noised up to {@code level} (see the class comment). */
  public TrainConfig withLatentNoise(double level) {
    return new TrainConfig(batchSize, learningRate, warmupSteps, totalSteps, weightDecay, gradClip, emaDecay, captionDropout, pooledNoise,
        pooledDropout, objectWeight, objectWeightFade, motionWeight, contextNoise, level, buckets, taskWeights, logEvery, sampleEvery,
        checkpointEvery, minutes, seed);
  }

  /** Mostly text-to-video, with every conditioning task present (DESIGN.md §3). */
  public static List<Double> defaultTaskWeights() {
    return List.of(0.40, 0.10, 0.20, 0.10, 0.10, 0.10);
  }
}
