package dev.zoetrope.world.oracle;

/**
 * Least-squares polynomial fits of degree 1 or 2, y = c0 + c1 t (+ c2 t^2), with their
 * coefficient of determination.
 */
public record LineFit(double[] coefficients, double rSquared, double rms) {

  public double at(double t) {
    double value = 0;
    for (int i = coefficients.length - 1; i >= 0; i--) value = value * t + coefficients[i];
    return value;
  }

  public double slope() {
    return coefficients[1];
  }

  /** Fits a polynomial of {@code degree} (1 or 2) to points (t[i], y[i]). */
  public static LineFit fit(double[] t, double[] y, int degree) {
    int n = t.length;
    if (n != y.length) throw new IllegalArgumentException("t and y differ in length");
    if (degree < 1 || degree > 2) throw new IllegalArgumentException("degree 1 or 2");
    if (n <= degree) throw new IllegalArgumentException("need more than " + degree + " points, got " + n);
    int m = degree + 1;
    // Centre time for conditioning, then shift the coefficients back.
    double mean = 0;
    for (double v : t) mean += v / n;
    double[] normal = new double[9];
    double[] right = new double[3];
    for (int i = 0; i < n; i++) {
      double[] basis = {1, t[i] - mean, (t[i] - mean) * (t[i] - mean)};
      for (int a = 0; a < m; a++) {
        right[a] += basis[a] * y[i];
        for (int b = 0; b < m; b++) normal[3 * a + b] += basis[a] * basis[b];
      }
    }
    if (m == 2) normal[8] = 1; // pad the 2x2 system into the 3x3 solver
    double[] centred = DirectAlignment.solve3(normal, right);
    if (centred == null) centred = new double[] {average(y), 0, 0};
    double c0 = centred[0] - centred[1] * mean + centred[2] * mean * mean;
    double c1 = centred[1] - 2 * centred[2] * mean;
    double c2 = centred[2];
    double[] coefficients = degree == 1 ? new double[] {c0, c1} : new double[] {c0, c1, c2};
    LineFit provisional = new LineFit(coefficients, 0, 0);
    double average = average(y);
    double residual = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double e = y[i] - provisional.at(t[i]);
      residual += e * e;
      total += (y[i] - average) * (y[i] - average);
    }
    double rSquared = total <= 1e-15 ? 1 : 1 - residual / total;
    return new LineFit(coefficients, rSquared, Math.sqrt(residual / n));
  }

  private static double average(double[] y) {
    double sum = 0;
    for (double v : y) sum += v;
    return sum / y.length;
  }
}
