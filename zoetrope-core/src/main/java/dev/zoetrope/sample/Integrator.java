package dev.zoetrope.sample;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.SamplerConfig;

/**
 * One step from flow time t down to tNext: of the probability-flow ODE dx/dt = v(x, t) (Euler, Heun),
 * or of its ancestral form, which draws fresh noise at every step (Ancestral, with DDIM's η for how much).
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

  /**
   * The method called {@code name}; {@code noise} feeds the ancestral steps, which draw the share {@code eta} of
   * their step's noise fresh (the ODE methods draw none).
   */
  static Integrator named(String name, double eta, Rng noise) {
    return switch (name) {
      case "euler" -> new Euler();
      case "heun" -> new Heun();
      case "ancestral" -> new Ancestral(noise, eta);
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
   * Ancestral sampling of rectified flow (the DDPM sampler, Ho et al., 2020, on the flow's path), with
   * DDIM's η (Song et al., 2021) for how much of each step's noise is fresh. From x at time t, the
   * clean estimate x̂₀ = x − t·v and the noise estimate ε̂ = x + (1 − t)·v; then x at tNext is
   * (1 − tNext)·x̂₀ + √(tNext² − σ²)·ε̂ + σ·z with z fresh noise and σ = η·tNext·b/t, where a = (1 −
   * t)/(1 − tNext) and b² = t² − a²·tNext² (the step's own noise). η = 1 draws x from the forward
   * process's posterior q(x_tNext | x_t = x, x₀ = x̂₀); η = 0 is the ODE's step, Euler's. With η > 0
   * part of each step's noise is fresh, so each step can revise what earlier ones settled. The last
   * step, to t = 0, returns x̂₀.
   */
  record Ancestral(Rng noise, double eta) implements Integrator {
    public Ancestral {
      if (!(eta >= 0 && eta <= 1)) throw new IllegalArgumentException("eta must be in 0..1, got " + eta);
    }

    @Override
    public float[] step(Velocity velocity, float[] x, double t, double tNext) {
      float[] v = velocity.at(x, t);
      float[] z = noise.gaussians(x.length);
      double a = (1 - t) / (1 - tNext);
      double b2 = Math.max(0, t * t - a * a * tNext * tNext);
      double fresh = eta * tNext * Math.sqrt(b2) / t;
      double kept = Math.sqrt(Math.max(0, tNext * tNext - fresh * fresh));
      float[] out = new float[x.length];
      for (int i = 0; i < x.length; i++) {
        double clean = x[i] - t * v[i];
        double eps = x[i] + (1 - t) * v[i];
        out[i] = (float) ((1 - tNext) * clean + kept * eps + fresh * z[i]);
      }
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
