package dev.zoetrope.server.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies in milliseconds (nearest-rank). */
public record LatencyStats(int count, double p50, double p90, double p99, double max) {
  public static LatencyStats of(double[] millis) {
    if (millis.length == 0) return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new LatencyStats(sorted.length, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99), sorted[sorted.length - 1]);
  }

  private static double rank(double[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  @Override
  public String toString() {
    return String.format("n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms", count, p50, p90, p99, max);
  }
}
