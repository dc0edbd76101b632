package dev.zoetrope.sample;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.SamplerConfig;

/**
 * One step from flow time t down to tNext: of the probability-flow ODE dx/dt = v(x, t) (Euler, Heun),
 * or of its ancestral form, which draws fresh noise at every step (Ancestral).
 */
public sealed interface Integrator permits Integrator.Euler, Integrator.Heun, Integrator.Ancestral {

  /** The model's velocity at (x, t); x and the result are flat latent values. */
  @FunctionalInterface
  interface Velocity {
    float[] at(float[] x, double t);
  }

  float[] step(Velocity velocity, float[] x, double t, double tNext);

  /** Model evaluations per step (for progress and cost estimates). */
  int evaluations();

  /** The method called {@code name}; {@code noise} feeds the ancestral steps (the ODE methods draw none). */
  static Integrator named(String name, Rng noise) {
    return switch (name) {
      case "euler" -> new Euler();
      case "heun" -> new Heun();
      case "ancestral" -> new Ancestral(noise);
      default -> throw new IllegalArgumentException("unknown sampler '" + name + "' (" + String.join(", ", SamplerConfig.METHODS) + ")");
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

  /**
   * Ancestral sampling of rectified flow (the DDPM sampler, Ho et al., 2020, on the flow's path): from
   * x at time t, the clean estimate x̂₀ = x − t·v, and x at tNext is drawn from the forward process's
   * posterior q(x_tNext | x_t = x, x₀ = x̂₀). With a = (1 − t)/(1 − tNext) and b² = t² − a²·tNext² (the
   * step's own noise), that posterior has mean ((1 − tNext)·b²·x̂₀ + a·tNext²·x)/t² and standard
   * deviation tNext·b/t. Part of each step's noise is fresh, so each step can revise what earlier
   * ones settled. The last step, to t = 0, returns x̂₀.
   */
  record Ancestral(Rng noise) implements Integrator {
    @Override
    public float[] step(Velocity velocity, float[] x, double t, double tNext) {
      float[] v = velocity.at(x, t);
      float[] z = noise.gaussians(x.length);
      double a = (1 - t) / (1 - tNext);
      double b2 = Math.max(0, t * t - a * a * tNext * tNext);
      double clean = (1 - tNext) * b2 / (t * t), kept = a * tNext * tNext / (t * t), fresh = tNext * Math.sqrt(b2) / t;
      float[] out = new float[x.length];
      for (int i = 0; i < x.length; i++) out[i] = (float) (clean * (x[i] - t * v[i]) + kept * x[i] + fresh * z[i]);
      return out;
    }

    @Override
    public int evaluations() {
      return 1;
    }
  }

  private static float[] axpy(float[] x, float[] v, double scale) {
    float[] out = new float[x.length];
    float s = (float) scale;
    for (int i = 0; i < x.length; i++) out[i] = x[i] + s * v[i];
    return out;
  }
}
