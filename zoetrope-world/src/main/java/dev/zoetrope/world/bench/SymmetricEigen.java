package dev.zoetrope.world.bench;

/** Eigen-decomposition of small symmetric matrices by cyclic Jacobi rotations. */
final class SymmetricEigen {
  private SymmetricEigen() {}

  /** Eigenvalues of a symmetric matrix. */
  static double[] values(double[][] matrix) {
    return decompose(matrix)[0][0];
  }

  /** The symmetric square root V diag(sqrt(max(0, l))) V^T of a positive semi-definite matrix. */
  static double[][] sqrt(double[][] matrix) {
    double[][][] parts = decompose(matrix);
    double[] values = parts[0][0];
    double[][] vectors = parts[1];
    int n = values.length;
    double[][] out = new double[n][n];
    for (int k = 0; k < n; k++) {
      double s = Math.sqrt(Math.max(0, values[k]));
      for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) out[i][j] += vectors[i][k] * s * vectors[j][k];
    }
    return out;
  }

  /** {{eigenvalues}}, eigenvectors as columns. */
  private static double[][][] decompose(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) a[i] = matrix[i].clone();
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) v[i][i] = 1;
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) off += a[i][j] * a[i][j];
      if (off < 1e-22) break;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) continue;
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) t = 1;
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) values[i] = a[i][i];
    return new double[][][] {{values}, v};
  }
}
