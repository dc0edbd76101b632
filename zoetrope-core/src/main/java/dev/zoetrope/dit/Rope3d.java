package dev.zoetrope.dit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Tensors;

/**
 * Rotary position embedding over (t, h, w) (Su et al., 2021, "RoFormer"; extended to three axes as
 * in video DiTs): the head's d/2 rotation pairs are split between time (a quarter) and the two
 * spatial axes, each rotated by its own coordinate. Positions are relative, so any grid size works.
 */
public final class Rope3d {
  private static final double THETA = 10000.0;

  private Rope3d() {}

  /** Pairs per axis for a head size: {time, height, width}, summing to headSize / 2. */
  public static int[] pairs(int headSize) {
    int total = headSize / 2;
    int time = Math.max(1, total / 4);
    int height = (total - time) / 2;
    int width = total - time - height;
    return new int[] {time, height, width};
  }

  /** Rotation angles (L, headSize/2) for tokens ordered (t, y, x) over a frames x rows x columns grid. */
  public static float[] angles(int frames, int rows, int columns, int headSize) {
    int[] pairs = pairs(headSize);
    int half = headSize / 2;
    float[] angles = new float[frames * rows * columns * half];
    int token = 0;
    for (int t = 0; t < frames; t++) {
      for (int y = 0; y < rows; y++) {
        for (int x = 0; x < columns; x++) {
          int offset = token++ * half, pair = 0;
          int[] position = {t, y, x};
          for (int axis = 0; axis < 3; axis++) {
            for (int i = 0; i < pairs[axis]; i++) {
              double frequency = Math.pow(THETA, -(double) i / pairs[axis]);
              angles[offset + pair++] = (float) (position[axis] * frequency);
            }
          }
        }
      }
    }
    return angles;
  }

  /** cos and sin tables (L, headSize), each angle repeated for the two halves of the head. */
  public static NDList tables(NDManager manager, int frames, int rows, int columns, int headSize) {
    float[] angles = angles(frames, rows, columns, headSize);
    int tokens = frames * rows * columns, half = headSize / 2;
    float[] cos = new float[tokens * headSize], sin = new float[tokens * headSize];
    for (int l = 0; l < tokens; l++) {
      for (int i = 0; i < half; i++) {
        float c = (float) Math.cos(angles[l * half + i]), s = (float) Math.sin(angles[l * half + i]);
        cos[l * headSize + i] = cos[l * headSize + half + i] = c;
        sin[l * headSize + i] = sin[l * headSize + half + i] = s;
      }
    }
    return new NDList(Tensors.of(manager, cos, tokens, headSize), Tensors.of(manager, sin, tokens, headSize));
  }

  /** Rotates x (B, h, L, d): pair (i, i + d/2) turns by its angle. */
  public static NDArray rotate(NDArray x, NDArray cos, NDArray sin) {
    NDList halves = x.split(2, 3); // 2 × (B, h, L, d/2)
    NDArray rotated = halves.get(1).neg().concat(halves.get(0), 3); // (B, h, L, d)
    return x.mul(cos).add(rotated.mul(sin));
  }
}
