package dev.zoetrope.dit;

/** Sinusoidal features of flow times t ∈ [0, 1], scaled by 1000 as in DiT so frequencies spread. */
public final class TimestepEmbedding {
  private TimestepEmbedding() {}

  /** (N) times -> (N, size) features: [cos(1000t·ω_i), sin(1000t·ω_i)], ω_i = 10000^(−i/half). */
  public static float[] sinusoid(float[] times, int size) {
    int half = size / 2;
    float[] out = new float[times.length * size];
    for (int n = 0; n < times.length; n++) {
      for (int i = 0; i < half; i++) {
        double angle = times[n] * 1000.0 * Math.exp(-Math.log(10000.0) * i / half);
        out[n * size + i] = (float) Math.cos(angle);
        out[n * size + half + i] = (float) Math.sin(angle);
      }
    }
    return out;
  }
}
