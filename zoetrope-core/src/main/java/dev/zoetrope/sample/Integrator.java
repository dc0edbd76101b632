package dev.zoetrope.sample;

/** One step of the probability-flow ODE dx/dt = v(x, t), from time t down to tNext. */
public sealed interface Integrator permits Integrator.Euler, Integrator.Heun {

  /** The model's velocity at (x, t); x and the result are flat latent values. */
  @FunctionalInterface
  interface Velocity {
    float[] at(float[] x, double t);
  }

  float[] step(Velocity velocity, float[] x, double t, double tNext);

  /** Model evaluations per step (for progress and cost estimates). */
  int evaluations();

  static Integrator named(String name) {
    return switch (name) {
      case "euler" -> new Euler();
      case "heun" -> new Heun();
      default -> throw new IllegalArgumentException("unknown sampler '" + name + "' (euler, heun)");
    };
  }

  /** First order: x + (tNext − t)·v. */
  record Euler() implements Integrator {
    @Override
    public float[] step(Velocity velocity, float[] x, double t, double tNext) {
      return axpy(x, velocity.at(x, t), tNext - t);
    }

    @Override
    public int evaluations() {
      return 1;
    }
  }

  /**
   * Second order (Heun's method, Karras et al., 2022): average the slopes at both ends; the step
   * that lands on t = 0 is Euler.
   */
  record Heun() implements Integrator {
    @Override
    public float[] step(Velocity velocity, float[] x, double t, double tNext) {
      float[] v1 = velocity.at(x, t);
      float[] predicted = axpy(x, v1, tNext - t);
      if (tNext <= 0) return predicted;
      float[] v2 = velocity.at(predicted, tNext);
      float[] mean = new float[v1.length];
      for (int i = 0; i < mean.length; i++) mean[i] = 0.5f * (v1[i] + v2[i]);
      return axpy(x, mean, tNext - t);
    }

    @Override
    public int evaluations() {
      return 2;
    }
  }

  private static float[] axpy(float[] x, float[] v, double scale) {
    float[] out = new float[x.length];
    float s = (float) scale;
    for (int i = 0; i < x.length; i++) out[i] = x[i] + s * v[i];
    return out;
  }
}
