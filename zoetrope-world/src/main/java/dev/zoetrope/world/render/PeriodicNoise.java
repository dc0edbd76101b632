package dev.zoetrope.world.render;

import java.util.SplittableRandom;

/**
 * Value noise that tiles: random values on a lattice whose cell count divides the tile size,
 * interpolated with a smooth step. Sums of octaves give the backgrounds their texture.
 */
final class PeriodicNoise {
  private final int size;
  private final float[][] lattices;
  private final int[] cells;

  /** Octaves with 2^k cells across a tile of {@code size} texels, for k in [lowOctave, highOctave]. */
  PeriodicNoise(int size, int lowOctave, int highOctave, long seed) {
    this.size = size;
    SplittableRandom random = new SplittableRandom(seed);
    int octaves = highOctave - lowOctave + 1;
    lattices = new float[octaves][];
    cells = new int[octaves];
    for (int o = 0; o < octaves; o++) {
      int n = 1 << (lowOctave + o);
      cells[o] = n;
      lattices[o] = new float[n * n];
      for (int i = 0; i < n * n; i++) lattices[o][i] = (float) random.nextDouble(-1, 1);
    }
  }

  /** Fractal sum in about [−1, 1] at texel (u, v); each finer octave has half the amplitude. */
  double at(double u, double v) {
    double sum = 0;
    double amplitude = 1;
    double total = 0;
    for (int o = 0; o < lattices.length; o++) {
      sum += amplitude * octave(o, u, v);
      total += amplitude;
      amplitude *= 0.5;
    }
    return sum / total;
  }

  private double octave(int o, double u, double v) {
    int n = cells[o];
    double x = u * n / size;
    double y = v * n / size;
    int x0 = (int) Math.floor(x);
    int y0 = (int) Math.floor(y);
    double fx = smooth(x - x0);
    double fy = smooth(y - y0);
    float[] lattice = lattices[o];
    int xa = Math.floorMod(x0, n), xb = Math.floorMod(x0 + 1, n);
    int ya = Math.floorMod(y0, n), yb = Math.floorMod(y0 + 1, n);
    double top = lattice[ya * n + xa] * (1 - fx) + lattice[ya * n + xb] * fx;
    double bottom = lattice[yb * n + xa] * (1 - fx) + lattice[yb * n + xb] * fx;
    return top * (1 - fy) + bottom * fy;
  }

  private static double smooth(double f) {
    return f * f * (3 - 2 * f);
  }
}
