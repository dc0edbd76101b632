package dev.zoetrope.world.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One set of videos (the model's, the ceiling's, or a floor's) summarised: the mean of each
 * dimension over the videos it applies to, its sample size and 95% confidence interval, and FD and
 * KID of the set's oracle features against the reference renders.
 */
public record SetScores(
    List<VideoScore> videos, Map<Dimension, Double> means, Map<Dimension, Integer> counts, Map<Dimension, double[]> ci95) {

  /** Bootstrap resamples for the FD and KID intervals. */
  static final int BOOTSTRAP = 100;

  public static SetScores of(List<VideoScore> videos, List<double[]> reference) {
    Map<Dimension, Double> means = new EnumMap<>(Dimension.class);
    Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
    Map<Dimension, double[]> ci = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      if (!d.perVideo()) continue;
      List<Double> values = videos.stream().map(v -> v.scores().get(d)).filter(x -> x != null).toList();
      if (values.isEmpty()) continue;
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      means.put(d, mean);
      counts.put(d, values.size());
      ci.put(d, normalInterval(values, mean, d));
    }
    List<double[]> features = videos.stream().map(VideoScore::features).toList();
    if (features.size() >= 2 && reference.size() >= 2) {
      means.put(Dimension.FD_ORACLE, Distances.frechet(features, reference));
      means.put(Dimension.KID_ORACLE, Distances.kernel(features, reference));
      counts.put(Dimension.FD_ORACLE, features.size());
      counts.put(Dimension.KID_ORACLE, features.size());
      double[][] boot = bootstrap(features, reference, means.get(Dimension.FD_ORACLE), means.get(Dimension.KID_ORACLE));
      ci.put(Dimension.FD_ORACLE, boot[0]);
      ci.put(Dimension.KID_ORACLE, boot[1]);
    }
    return new SetScores(videos, means, counts, ci);
  }

  /** mean +- 1.96 standard errors, clipped to [0, 1] for scores bounded there. */
  private static double[] normalInterval(List<Double> values, double mean, Dimension d) {
    int n = values.size();
    double variance = 0;
    for (double v : values) variance += (v - mean) * (v - mean) / Math.max(1, n - 1);
    double half = 1.96 * Math.sqrt(variance / n);
    double lo = mean - half;
    double hi = mean + half;
    if (d.kind() == Dimension.Kind.ATTRIBUTE || d.kind() == Dimension.Kind.QUALITY || d.kind() == Dimension.Kind.DESCRIPTIVE) {
      lo = Math.max(0, lo);
      hi = Math.min(1, hi);
    }
    return new double[] {lo, hi};
  }

  /**
   * Basic bootstrap intervals (2 theta - q97.5, 2 theta - q2.5) of FD and KID over videos resampled
   * with replacement (seeded). Resampling repeats videos, which inflates both distances; the basic
   * interval reflects that bias around the estimate instead of shifting the interval away from it.
   */
  private static double[][] bootstrap(List<double[]> features, List<double[]> reference, double fdEstimate, double kidEstimate) {
    SplittableRandom random = new SplittableRandom(20240601L);
    double[] fd = new double[BOOTSTRAP];
    double[] kid = new double[BOOTSTRAP];
    for (int b = 0; b < BOOTSTRAP; b++) {
      List<double[]> sample = new ArrayList<>();
      List<double[]> sampleReference = new ArrayList<>();
      for (int i = 0; i < features.size(); i++) sample.add(features.get(random.nextInt(features.size())));
      for (int i = 0; i < reference.size(); i++) sampleReference.add(reference.get(random.nextInt(reference.size())));
      fd[b] = Distances.frechet(sample, sampleReference);
      kid[b] = Distances.kernel(sample, sampleReference);
    }
    java.util.Arrays.sort(fd);
    java.util.Arrays.sort(kid);
    int lo = (int) Math.floor(0.025 * (BOOTSTRAP - 1));
    int hi = (int) Math.ceil(0.975 * (BOOTSTRAP - 1));
    return new double[][] {
      {Math.max(0, 2 * fdEstimate - fd[hi]), Math.max(0, 2 * fdEstimate - fd[lo])},
      {2 * kidEstimate - kid[hi], 2 * kidEstimate - kid[lo]}
    };
  }
}
