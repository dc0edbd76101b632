package dev.zoetrope.train;

/** Linear warmup, then cosine decay to 10% of the peak learning rate. */
public record Schedule(double peak, int warmupSteps, int totalSteps) {
  public double at(int step) {
    if (step < warmupSteps) return peak * (step + 1) / warmupSteps;
    double progress = Math.min(1.0, (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
    return peak * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress)));
  }
}
