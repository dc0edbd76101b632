package dev.zoetrope.safety.watermark;

/** Tail probability of the standard normal distribution, accurate far into the tail. */
final class Statistics {
  private Statistics() {}

  /** P(Z > z) for a standard normal Z. */
  static double upperTail(double z) {
    return 0.5 * erfc(z / Math.sqrt(2));
  }

  /**
   * Complementary error function by the Chebyshev fit in Press et al., Numerical Recipes (2nd ed.,
   * §6.2): fractional error below 1.2e-7 everywhere, which keeps tiny p-values meaningful.
   */
  static double erfc(double x) {
    double z = Math.abs(x);
    double t = 1 / (1 + 0.5 * z);
    double polynomial = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277))))))));
    double value = t * Math.exp(polynomial);
    return x >= 0 ? value : 2 - value;
  }
}
