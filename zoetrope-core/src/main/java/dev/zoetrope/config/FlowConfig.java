package dev.zoetrope.config;

/**
 * Rectified flow: t ~ logitNormal(mean, std) in training, and a resolution-dependent shift of the
 * schedule, t' = s·t / (1 + (s − 1)·t) with s = sqrt(tokens / shiftBaseTokens) (Esser et al., 2024,
 * "Scaling Rectified Flow Transformers", §5.3.2), at least 1.
 */
public record FlowConfig(double logitMean, double logitStd, int shiftBaseTokens) {
  public FlowConfig {
    if (!(logitStd > 0)) throw new IllegalArgumentException("logitStd must be > 0");
    if (shiftBaseTokens < 1) throw new IllegalArgumentException("shiftBaseTokens must be >= 1");
  }

  public static FlowConfig standard() {
    return new FlowConfig(0.0, 1.0, 256);
  }

  public double shift(int tokens) {
    return Math.max(1.0, Math.sqrt((double) tokens / shiftBaseTokens));
  }

  public static double shifted(double t, double shift) {
    return shift * t / (1 + (shift - 1) * t);
  }
}
