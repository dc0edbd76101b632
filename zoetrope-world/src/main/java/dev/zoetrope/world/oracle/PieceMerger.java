package dev.zoetrope.world.oracle;

import java.util.List;

/** Joins the pieces of objects that something in front has cut apart (see {@link #merge}). */
final class PieceMerger {
  private final int width;
  private final int height;

  PieceMerger(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** Blob index + 1 per pixel (0 for none). */
  static int[] owners(List<Blob> blobs, int pixels) {
    int[] owner = new int[pixels];
    for (int i = 0; i < blobs.size(); i++) for (int p : blobs.get(i).pixels()) owner[p] = i + 1;
    return owner;
  }

  /**
   * Something in front (the occluder, or an object of another colour) can cut an object in two:
   * two pieces of one colour, close enough to be one object, whose gap is covered wholly by that
   * something, are merged.
   */
  void merge(List<Blob> blobs, boolean[] occluder) {
    boolean merged = true;
    while (merged) {
      merged = false;
      int[] owner = owners(blobs, width * height);
      search:
      for (int i = 0; i < blobs.size(); i++) {
        for (int j = i + 1; j < blobs.size(); j++) {
          Blob a = blobs.get(i);
          Blob b = blobs.get(j);
          if (a.label() != b.label()) continue;
          double distance = Math.hypot(a.centroidX() - b.centroidX(), a.centroidY() - b.centroidY());
          double gap = coveredGap(a, b, i + 1, j + 1, owner, occluder);
          // Pieces of one object: close, apart from the width of what hides the middle.
          if (gap < 0 || distance > 2.2 * Math.max(halfDiagonal(a), halfDiagonal(b)) + gap) continue;
          blobs.set(i, union(a, b));
          blobs.remove(j);
          merged = true;
          break search;
        }
      }
    }
  }

  /**
   * The length of the straight gap between the nearest outline pixels of two blobs if it lies
   * wholly on the occluder or on other blobs (within a pixel), so that nothing but something in
   * front separates them; -1 otherwise.
   */
  private double coveredGap(Blob a, Blob b, int ownerA, int ownerB, int[] owner, boolean[] occluder) {
    int[] outlineA = outline(a, owner, ownerA);
    int[] outlineB = outline(b, owner, ownerB);
    int bestA = -1;
    int bestB = -1;
    long best = Long.MAX_VALUE;
    for (int pa : outlineA) {
      int ax = pa % width;
      int ay = pa / width;
      for (int pb : outlineB) {
        long dx = pb % width - ax;
        long dy = pb / width - ay;
        long d = dx * dx + dy * dy;
        if (d < best) {
          best = d;
          bestA = pa;
          bestB = pb;
        }
      }
    }
    if (bestA < 0) return -1;
    double x0 = bestA % width + 0.5;
    double y0 = bestA / width + 0.5;
    double x1 = bestB % width + 0.5;
    double y1 = bestB / width + 0.5;
    int steps = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
    for (int s = 1; s < steps; s++) {
      int x = (int) (x0 + (x1 - x0) * s / steps);
      int y = (int) (y0 + (y1 - y0) * s / steps);
      if (!covered(x, y, ownerA, ownerB, owner, occluder)) return -1;
    }
    return Math.hypot(x1 - x0, y1 - y0);
  }

  /** A gap point is explained when it, or a neighbour, is occluder or another blob (or one of the two). */
  private boolean covered(int x, int y, int ownerA, int ownerB, int[] owner, boolean[] occluder) {
    for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
      for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
        int p = ny * width + nx;
        int o = owner[p];
        if ((occluder != null && occluder[p]) || (o != 0 && o != ownerA && o != ownerB)) return true;
      }
    }
    int o = owner[y * width + x];
    return o == ownerA || o == ownerB;
  }

  /** Pixels of the blob with a 4-neighbour outside it. */
  private int[] outline(Blob blob, int[] owner, int id) {
    return java.util.Arrays.stream(blob.pixels()).filter(p -> {
      int x = p % width;
      int y = p / width;
      return x == 0 || y == 0 || x == width - 1 || y == height - 1
          || owner[p - 1] != id || owner[p + 1] != id || owner[p - width] != id || owner[p + width] != id;
    }).toArray();
  }

  private static double halfDiagonal(Blob b) {
    return Math.hypot(b.boxWidth(), b.boxHeight()) / 2;
  }

  private static Blob union(Blob a, Blob b) {
    int[] pixels = java.util.Arrays.copyOf(a.pixels(), a.area() + b.area());
    System.arraycopy(b.pixels(), 0, pixels, a.area(), b.area());
    return new Blob(a.label(), a.width(), pixels,
        Math.min(a.minX(), b.minX()), Math.min(a.minY(), b.minY()),
        Math.max(a.maxX(), b.maxX()), Math.max(a.maxY(), b.maxY()));
  }
}
