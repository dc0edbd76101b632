package dev.zoetrope.world.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DistancesTest {
  @Test
  void frechetOfDiagonalGaussiansMatchesTheClosedForm() {
    // For diagonal covariances FD = sum (mu1 - mu2)^2 + sum (sigma1 - sigma2)^2.
    List<double[]> a = gaussian(4000, new double[] {0, 1, 2}, new double[] {1, 2, 0.5}, 1);
    List<double[]> b = gaussian(4000, new double[] {1, 1, 0}, new double[] {2, 1, 0.5}, 2);
    double expected = 1 + 0 + 4 + 1 + 1 + 0;
    assertEquals(expected, Distances.frechet(a, b), 0.25);
    assertEquals(0, Distances.frechet(a, a), 1e-6);
  }

  @Test
  void kernelDistanceIsNearZeroForOneDistributionAndPositiveForTwo() {
    List<double[]> a = gaussian(300, new double[] {0, 0}, new double[] {1, 1}, 3);
    List<double[]> a2 = gaussian(300, new double[] {0, 0}, new double[] {1, 1}, 4);
    List<double[]> b = gaussian(300, new double[] {2, 0}, new double[] {1, 1}, 5);
    assertEquals(0, Distances.kernel(a, a2), 0.05);
    assertTrue(Distances.kernel(a, b) > 0.5, "shifted sets must be far apart");
  }

  @Test
  void symmetricSquareRootSquaresBackAndEigenvaluesAreRight() {
    double[][] m = {{4, 1, 0}, {1, 3, 1}, {0, 1, 2}};
    double[][] root = SymmetricEigen.sqrt(m);
    double[][] square = Distances.multiply(root, root);
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) assertEquals(m[i][j], square[i][j], 1e-9);
    double[] values = SymmetricEigen.values(new double[][] {{2, 1}, {1, 2}});
    java.util.Arrays.sort(values);
    assertEquals(1, values[0], 1e-12);
    assertEquals(3, values[1], 1e-12);
  }

  private static List<double[]> gaussian(int n, double[] mean, double[] sigma, long seed) {
    Random random = new Random(seed);
    List<double[]> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double[] r = new double[mean.length];
      for (int k = 0; k < r.length; k++) r[k] = mean[k] + sigma[k] * random.nextGaussian();
      rows.add(r);
    }
    return rows;
  }
}
