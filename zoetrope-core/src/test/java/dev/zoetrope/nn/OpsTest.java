package dev.zoetrope.nn;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Composed operations against plain, naive Java implementations of the same maths. */
class OpsTest {
  static NDManager manager;

  @BeforeAll
  static void open() {
    manager = Compute.newManager();
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  @Test
  void groupNormMatchesNaive() {
    Rng rng = new Rng(1);
    int b = 2, c = 6, n = 10, groups = 3;
    float[] x = rng.gaussians(b * c * n);
    float[] gamma = rng.gaussians(c), beta = rng.gaussians(c);
    NDArray out = Ops.groupNorm(
        Tensors.of(manager, x, b, c, 1, 2, 5), groups, Tensors.of(manager, gamma, c, 1, 1, 1), Tensors.of(manager, beta, c, 1, 1, 1));
    float[] actual = out.toFloatArray();
    int per = c / groups * n;
    for (int i = 0; i < b; i++) {
      for (int g = 0; g < groups; g++) {
        double mean = 0, var = 0;
        for (int j = 0; j < per; j++) mean += x[(i * groups + g) * per + j];
        mean /= per;
        for (int j = 0; j < per; j++) var += Math.pow(x[(i * groups + g) * per + j] - mean, 2);
        var /= per;
        for (int j = 0; j < per; j++) {
          int index = (i * groups + g) * per + j;
          int channel = (index / n) % c;
          double expected = (x[index] - mean) / Math.sqrt(var + 1e-5) * gamma[channel] + beta[channel];
          assertEquals(expected, actual[index], 1e-4);
        }
      }
    }
  }

  @Test
  void attentionMatchesNaive() {
    Rng rng = new Rng(2);
    int b = 2, heads = 2, lq = 5, lk = 7, d = 4;
    float[] q = rng.gaussians(b * heads * lq * d), k = rng.gaussians(b * heads * lk * d), v = rng.gaussians(b * heads * lk * d);
    float[] bias = new float[b * lk];
    bias[3] = -1e9f; // batch 0 drops key 3
    NDArray out = Ops.attention(
        Tensors.of(manager, q, b, heads, lq, d), Tensors.of(manager, k, b, heads, lk, d), Tensors.of(manager, v, b, heads, lk, d),
        Tensors.of(manager, bias, b, 1, 1, lk));
    float[] actual = out.toFloatArray();
    for (int i = 0; i < b * heads; i++) {
      int batch = i / heads;
      for (int r = 0; r < lq; r++) {
        double[] weights = new double[lk];
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int s = 0; s < lk; s++) {
          double dot = 0;
          for (int e = 0; e < d; e++) dot += q[(i * lq + r) * d + e] * k[(i * lk + s) * d + e];
          weights[s] = dot / Math.sqrt(d) + bias[batch * lk + s];
          max = Math.max(max, weights[s]);
        }
        for (int s = 0; s < lk; s++) sum += (weights[s] = Math.exp(weights[s] - max));
        for (int e = 0; e < d; e++) {
          double expected = 0;
          for (int s = 0; s < lk; s++) expected += weights[s] / sum * v[(i * lk + s) * d + e];
          assertEquals(expected, actual[(i * lq + r) * d + e], 1e-4);
        }
      }
    }
  }

  @Test
  void depthToSpaceInvertsSpaceToDepth() {
    float[] x = new Rng(3).gaussians(2 * 3 * 2 * 8 * 4);
    NDArray input = Tensors.of(manager, x, 2, 3, 2, 8, 4);
    NDArray folded = Ops.spaceToDepth(input, 2);
    assertArrayEquals(new long[] {2, 12, 2, 4, 2}, Tensors.shape(folded));
    assertArrayEquals(x, Ops.depthToSpace(folded, 2).toFloatArray());
  }

  @Test
  void upsampleRepeatsNearestAndKeepsFirstFrameSingle() {
    float[] x = {1, 2, 3, 4, 5, 6, 7, 8}; // (1, 1, 2, 2, 2)
    NDArray up = Ops.upsample(Tensors.of(manager, x, 1, 1, 2, 2, 2), true);
    assertArrayEquals(new long[] {1, 1, 3, 4, 4}, Tensors.shape(up));
    float[] values = up.toFloatArray();
    assertEquals(1, values[0]);
    assertEquals(1, values[1]); // nearest in width
    assertEquals(3, values[8]); // row 2 of frame 0 comes from input row 1
    assertEquals(5, values[16]); // frames 1 and 2 both come from input frame 1
    assertEquals(5, values[32]);
  }

  @Test
  void causalConvSeesOnlyPastFrames() {
    Rng rng = new Rng(4);
    float[] weight = rng.gaussians(2 * 1 * 27);
    float[] x = rng.gaussians(9 * 4 * 4);
    float[] changed = x.clone();
    for (int i = 5 * 16; i < 9 * 16; i++) changed[i] += 1; // change frames 5..8
    NDArray w = Tensors.of(manager, weight, 2, 1, 3, 3, 3);
    NDArray a = Ops.causalConv3d(Tensors.of(manager, x, 1, 1, 9, 4, 4), w, null, 2, 2);
    NDArray b = Ops.causalConv3d(Tensors.of(manager, changed, 1, 1, 9, 4, 4), w, null, 2, 2);
    assertArrayEquals(new long[] {1, 2, 5, 2, 2}, Tensors.shape(a)); // 1 + 4·2 -> 1 + 2·2
    float[] va = a.toFloatArray(), vb = b.toFloatArray();
    for (int ch = 0; ch < 2; ch++) {
      for (int f = 0; f < 5; f++) {
        for (int i = 0; i < 4; i++) {
          int index = (ch * 5 + f) * 4 + i;
          if (f < 2) assertEquals(va[index], vb[index], 0f, "frame " + f + " must not see the future");
        }
      }
    }
  }
}
