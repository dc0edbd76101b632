package dev.zoetrope.world.bench;

import java.util.List;

/**
 * Distances between two sets of feature vectors. Fréchet distance (Heusel et al., 2017, as FID
 * and FVD): |mu1 - mu2|^2 + Tr(S1 + S2 - 2 (S1 S2)^(1/2)). Kernel distance (Bińkowski et al.,
 * 2018, as KID): the unbiased squared MMD with the cubic polynomial kernel (x.y / d + 1)^3.
 */
public final class Distances {
  /** Added to covariance diagonals: a handful of videos cannot fill every feature direction. */
  static final double RIDGE = 1e-6;

  private Distances() {}

  public static double frechet(List<double[]> a, List<double[]> b) {
    int d = a.get(0).length;
    double[] ma = mean(a);
    double[] mb = mean(b);
    double[][] sa = covariance(a, ma);
    double[][] sb = covariance(b, mb);
    double meanTerm = 0;
    for (int i = 0; i < d; i++) meanTerm += (ma[i] - mb[i]) * (ma[i] - mb[i]);
    // Tr((Sa Sb)^1/2) = Tr((Sa^1/2 Sb Sa^1/2)^1/2), the inner matrix symmetric positive semi-definite.
    double[][] root = SymmetricEigen.sqrt(sa);
    double[][] inner = multiply(multiply(root, sb), root);
    double traceRoot = 0;
    for (double value : SymmetricEigen.values(inner)) traceRoot += Math.sqrt(Math.max(0, value));
    double trace = 0;
    for (int i = 0; i < d; i++) trace += sa[i][i] + sb[i][i];
    return Math.max(0, meanTerm + trace - 2 * traceRoot);
  }

  public static double kernel(List<double[]> a, List<double[]> b) {
    int m = a.size();
    int n = b.size();
    if (m < 2 || n < 2) return Double.NaN;
    int d = a.get(0).length;
    double xx = 0;
    for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) if (i != j) xx += polynomial(a.get(i), a.get(j), d);
    double yy = 0;
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (i != j) yy += polynomial(b.get(i), b.get(j), d);
    double xy = 0;
    for (double[] x : a) for (double[] y : b) xy += polynomial(x, y, d);
    return xx / (m * (m - 1.0)) + yy / (n * (n - 1.0)) - 2 * xy / ((double) m * n);
  }

  private static double polynomial(double[] x, double[] y, int d) {
    double dot = 0;
    for (int i = 0; i < d; i++) dot += x[i] * y[i];
    double k = dot / d + 1;
    return k * k * k;
  }

  static double[] mean(List<double[]> rows) {
    double[] m = new double[rows.get(0).length];
    for (double[] r : rows) for (int i = 0; i < m.length; i++) m[i] += r[i] / rows.size();
    return m;
  }

  static double[][] covariance(List<double[]> rows, double[] mean) {
    int d = mean.length;
    double[][] c = new double[d][d];
    int n = rows.size();
    for (double[] r : rows) {
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) c[i][j] += (r[i] - mean[i]) * (r[j] - mean[j]) / Math.max(1, n - 1);
      }
    }
    for (int i = 0; i < d; i++) c[i][i] += RIDGE;
    return c;
  }

  static double[][] multiply(double[][] a, double[][] b) {
    int n = a.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        double v = a[i][k];
        if (v == 0) continue;
        for (int j = 0; j < n; j++) c[i][j] += v * b[k][j];
      }
    }
    return c;
  }
}
