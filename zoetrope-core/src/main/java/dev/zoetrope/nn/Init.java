package dev.zoetrope.nn;

import dev.zoetrope.compute.Rng;

/** Initial values drawn from the seedable {@link Rng}, so a seed fixes a model's starting point. */
public final class Init {
  private Init() {}

  /** Glorot/Xavier uniform (Glorot & Bengio, 2010) for a weight with the given fan-in and fan-out. */
  public static float[] xavier(Rng rng, int count, long fanIn, long fanOut) {
    double limit = Math.sqrt(6.0 / (fanIn + fanOut));
    float[] values = new float[count];
    for (int i = 0; i < count; i++) values[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
    return values;
  }

  public static float[] normal(Rng rng, int count, double std) {
    float[] values = new float[count];
    for (int i = 0; i < count; i++) values[i] = (float) (rng.nextGaussian() * std);
    return values;
  }

  public static float[] constant(int count, float value) {
    float[] values = new float[count];
    java.util.Arrays.fill(values, value);
    return values;
  }

  public static float[] zeros(int count) {
    return new float[count];
  }
}
