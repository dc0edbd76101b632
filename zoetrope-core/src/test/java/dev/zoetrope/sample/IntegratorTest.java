package dev.zoetrope.sample;

import static org.junit.jupiter.api.Assertions.*;

import dev.zoetrope.compute.Rng;
import org.junit.jupiter.api.Test;

/**
 * Euler and Heun against an ODE with a known solution: dx/dt = −x from t = 1 down to 0 gives x·e.
 * The ancestral sampler against data with a known flow: x₀ ~ N(0, s²) has the exact velocity
 * v(x, t) = (t − (1 − t)·s²) / ((1 − t)²·s² + t²) · x, so samples from N(0, 1) must end with variance s².
 */
class IntegratorTest {
  static final double S = 0.5;


  /** The exact velocity of the flow from N(0, S²) data, for independent coordinates. */
  static float[] gaussianVelocity(float[] x, double t) {
    double variance = (1 - t) * (1 - t) * S * S + t * t;
    double gain = (t - (1 - t) * S * S) / variance;
    float[] v = new float[x.length];
    for (int i = 0; i < x.length; i++) v[i] = (float) (gain * x[i]);
    return v;
  }

  static float[] sampleGaussianData(Integrator integrator, int count, int steps) {
    float[] x = new Rng(11).gaussians(count);
    for (int i = 0; i < steps; i++) {
      double t = 1 - (double) i / steps, next = 1 - (double) (i + 1) / steps;
      x = integrator.step(IntegratorTest::gaussianVelocity, x, t, next);
    }
    return x;
  }

  static double variance(float[] x) {
    double sum = 0, squares = 0;
    for (float v : x) {
      sum += v;
      squares += v * v;
    }
    return squares / x.length - (sum / x.length) * (sum / x.length);
  }

  @Test
  void ancestralStepsReachTheDataDistribution() {
    // Like DDPM's, the posterior-variance steps fall short of the data's spread at few steps (0.19 at
    // 20 steps here) and converge to it with more (0.234 at 100, 0.246 at 500).
    float[] ancestral = sampleGaussianData(new Integrator.Ancestral(new Rng(5), 1), 20_000, 500);
    assertEquals(S * S, variance(ancestral), 0.015, "ancestral samples have the data's variance");
    assertEquals(S * S, variance(sampleGaussianData(new Integrator.Euler(), 20_000, 50)), 0.02, "so do Euler's");
    // Not the ODE's map: the sample is not the starting noise scaled by S.
    float[] start = new Rng(11).gaussians(20_000);
    double correlation = 0;
    for (int i = 0; i < start.length; i++) correlation += start[i] * ancestral[i];
    assertTrue(Math.abs(correlation / start.length / S) < 0.2, "fresh noise at every step decorrelates the sample from its start");
  }

  @Test
  void ancestralNoiseComesFromItsRng() {
    float[] a = sampleGaussianData(Integrator.named("ancestral", 1, new Rng(5)), 64, 8);
    assertArrayEquals(a, sampleGaussianData(Integrator.named("ancestral", 1, new Rng(5)), 64, 8), "the same noise stream, the same sample");
    assertFalse(java.util.Arrays.equals(a, sampleGaussianData(Integrator.named("ancestral", 1, new Rng(6)), 64, 8)), "another stream, another sample");
    var e = assertThrows(IllegalArgumentException.class, () -> Integrator.named("ddim", 1, new Rng(1)));
    assertTrue(e.getMessage().contains("euler, heun, ancestral"), e.getMessage());
  }

  @Test
  void etaZeroTakesEulersStepsAndEtaOneTheAncestralPosterior() {
    float[] euler = sampleGaussianData(new Integrator.Euler(), 256, 20);
    float[] deterministic = sampleGaussianData(new Integrator.Ancestral(new Rng(5), 0), 256, 20);
    assertArrayEquals(euler, deterministic, 1e-5f, "no fresh noise: the ODE's step");
    // The posterior of η = 1 written out as in DDPM: mean ((1 − tNext)·b²·x̂₀ + a·tNext²·x)/t², deviation tNext·b/t.
    double t = 0.8, next = 0.6;
    float[] x = new Rng(3).gaussians(64);
    float[] stepped = new Integrator.Ancestral(new Rng(9), 1).step(IntegratorTest::gaussianVelocity, x, t, next);
    float[] v = gaussianVelocity(x, t), z = new Rng(9).gaussians(64);
    double a = (1 - t) / (1 - next), b2 = t * t - a * a * next * next;
    for (int i = 0; i < x.length; i++) {
      double posterior = ((1 - next) * b2 * (x[i] - t * v[i]) + a * next * next * x[i]) / (t * t) + next * Math.sqrt(b2) / t * z[i];
      assertEquals(posterior, stepped[i], 1e-5, "coordinate " + i);
    }
  }

  @Test
  void halfTheFreshNoiseReachesTheDataAndKeepsPartOfItsStart() {
    float[] start = new Rng(11).gaussians(20_000);
    double[] correlations = new double[3];
    double[] etas = {0, 0.5, 1};
    for (int k = 0; k < etas.length; k++) {
      float[] sample = sampleGaussianData(new Integrator.Ancestral(new Rng(5), etas[k]), 20_000, 200);
      assertEquals(S * S, variance(sample), 0.02, "eta " + etas[k] + " samples have the data's variance");
      double c = 0;
      for (int i = 0; i < start.length; i++) c += start[i] * sample[i];
      correlations[k] = c / start.length / S;
    }
    assertTrue(correlations[0] > 0.95, "eta 0 is the ODE's map: " + correlations[0]);
    assertTrue(correlations[1] < correlations[0] - 0.1 && correlations[1] > correlations[2] + 0.1,
        "eta 0.5 keeps less of its start than the ODE and more than ancestral: " + java.util.Arrays.toString(correlations));
    var e = assertThrows(IllegalArgumentException.class, () -> new Integrator.Ancestral(new Rng(1), 1.5));
    assertTrue(e.getMessage().contains("eta must be in 0..1"), e.getMessage());
  }

  static double integrate(Integrator integrator, int steps) {
    float[] x = {1f};
    for (int i = 0; i < steps; i++) {
      double t = 1 - (double) i / steps, next = 1 - (double) (i + 1) / steps;
      x = integrator.step((value, time) -> new float[] {-value[0]}, x, t, next);
    }
    return x[0];
  }

  @Test
  void heunIsSecondOrderAndEulerFirst() {
    double exact = Math.E;
    double euler10 = Math.abs(integrate(new Integrator.Euler(), 10) - exact);
    double euler20 = Math.abs(integrate(new Integrator.Euler(), 20) - exact);
    double heun10 = Math.abs(integrate(new Integrator.Heun(), 10) - exact);
    double heun20 = Math.abs(integrate(new Integrator.Heun(), 20) - exact);
    assertEquals(2.0, euler10 / euler20, 0.2, "Euler error halves with twice the steps");
    assertEquals(4.0, heun10 / heun20, 0.4, "Heun error quarters with twice the steps");
    assertTrue(heun10 < euler10 / 5, "Heun (its last step is Euler, as at t = 0) beats Euler");
  }

  @Test
  void straightFlowsAreExactForEuler() {
    // x_t = t·ε has velocity ε = x/t: one Euler step from t = 1 lands on x₀ = 0 exactly.
    float[] x = new Integrator.Euler().step((value, t) -> new float[] {(float) (value[0] / t)}, new float[] {0.7f}, 1.0, 0.0);
    assertEquals(0f, x[0], 1e-7f);
  }
}
