package dev.zoetrope.sample;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Euler and Heun against an ODE with a known solution: dx/dt = −x from t = 1 down to 0 gives x·e. */
class IntegratorTest {
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
