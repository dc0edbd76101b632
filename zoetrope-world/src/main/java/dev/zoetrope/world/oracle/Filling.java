package dev.zoetrope.world.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * A blob with its holes filled: the holes are the regions of the blob's box that no path from
 * outside the box reaches without crossing the blob (4-connected).
 */
record Filling(Blob blob, boolean[] filled, List<Hole> holes) {

  /** Fills {@code blob}; holes smaller than {@code minHoleArea} are filled but not listed. */
  static Filling of(Blob blob, int minHoleArea) {
    int bw = blob.boxWidth();
    int bh = blob.boxHeight();
    boolean[] inside = blob.boxMask();
    // A one-pixel margin around the box guarantees the outside is connected.
    int gw = bw + 2;
    int gh = bh + 2;
    boolean[] outside = new boolean[gw * gh];
    int[] stack = new int[gw * gh];
    int size = 0;
    outside[0] = true;
    stack[size++] = 0;
    while (size > 0) {
      int g = stack[--size];
      int gx = g % gw;
      int gy = g / gw;
      int[] neighbours = {g - 1, g + 1, g - gw, g + gw};
      boolean[] valid = {gx > 0, gx < gw - 1, gy > 0, gy < gh - 1};
      for (int k = 0; k < 4; k++) {
        if (!valid[k]) continue;
        int n = neighbours[k];
        if (outside[n] || isBlob(inside, n, gw, bw, bh)) continue;
        outside[n] = true;
        stack[size++] = n;
      }
    }
    boolean[] filled = new boolean[bw * bh];
    for (int y = 0; y < bh; y++) {
      for (int x = 0; x < bw; x++) filled[y * bw + x] = !outside[(y + 1) * gw + x + 1];
    }
    return new Filling(blob, filled, holes(blob, inside, filled, minHoleArea));
  }

  int filledArea() {
    int count = 0;
    for (boolean f : filled) if (f) count++;
    return count;
  }

  int holeArea() {
    return filledArea() - blob.area();
  }

  private static boolean isBlob(boolean[] inside, int g, int gw, int bw, int bh) {
    int x = g % gw - 1;
    int y = g / gw - 1;
    return x >= 0 && y >= 0 && x < bw && y < bh && inside[y * bw + x];
  }

  private static List<Hole> holes(Blob blob, boolean[] inside, boolean[] filled, int minHoleArea) {
    int bw = blob.boxWidth();
    int bh = blob.boxHeight();
    boolean[] seen = new boolean[bw * bh];
    int[] stack = new int[bw * bh];
    List<Hole> holes = new ArrayList<>();
    for (int start = 0; start < seen.length; start++) {
      if (seen[start] || !filled[start] || inside[start]) continue;
      int size = 0;
      int next = 0;
      stack[size++] = start;
      seen[start] = true;
      while (next < size) {
        int p = stack[next++];
        int x = p % bw;
        int y = p / bw;
        int[] neighbours = {p - 1, p + 1, p - bw, p + bw};
        boolean[] valid = {x > 0, x < bw - 1, y > 0, y < bh - 1};
        for (int k = 0; k < 4; k++) {
          int n = neighbours[k];
          if (valid[k] && !seen[n] && filled[n] && !inside[n]) {
            seen[n] = true;
            stack[size++] = n;
          }
        }
      }
      if (size < minHoleArea) continue;
      int[] coordinates = new int[size * 2];
      for (int i = 0; i < size; i++) {
        coordinates[2 * i] = stack[i] % bw + blob.minX();
        coordinates[2 * i + 1] = stack[i] / bw + blob.minY();
      }
      holes.add(new Hole(coordinates));
    }
    return holes;
  }
}
