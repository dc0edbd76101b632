package dev.zoetrope.world.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components of equal labels (8-connected, so thin star points stay attached). Regions
 * too small, or with too few interior pixels, are dropped: anti-aliased edges between an object and
 * the background blend into other palette colours, but only as thin fringes with no interior.
 */
public final class ComponentFinder {
  private ComponentFinder() {}

  /**
   * Components of every label except {@link PaletteLabeller#NONE} with at least {@code minArea}
   * pixels, of which at least {@code minInterior} have all four neighbours of the same label.
   */
  public static List<Blob> find(byte[] labels, int width, int height, int minArea, int minInterior) {
    if (labels.length != width * height) throw new IllegalArgumentException("labels size");
    boolean[] seen = new boolean[labels.length];
    int[] stack = new int[labels.length];
    List<Blob> blobs = new ArrayList<>();
    for (int start = 0; start < labels.length; start++) {
      if (seen[start] || labels[start] == PaletteLabeller.NONE) continue;
      int count = flood(labels, width, height, start, seen, stack);
      if (count < minArea) continue;
      int[] pixels = java.util.Arrays.copyOf(stack, count);
      if (interiorCount(labels, width, height, pixels) < minInterior) continue;
      blobs.add(blobOf(labels[start], width, pixels));
    }
    return blobs;
  }

  /** Fills the component containing {@code start}; its pixels end up in {@code stack[0..n)}. */
  private static int flood(byte[] labels, int width, int height, int start, boolean[] seen, int[] stack) {
    byte label = labels[start];
    int size = 0;
    int next = 0;
    stack[size++] = start;
    seen[start] = true;
    while (next < size) {
      int p = stack[next++];
      int x = p % width;
      int y = p / width;
      for (int dy = -1; dy <= 1; dy++) {
        int ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (int dx = -1; dx <= 1; dx++) {
          int nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          int q = ny * width + nx;
          if (!seen[q] && labels[q] == label) {
            seen[q] = true;
            stack[size++] = q;
          }
        }
      }
    }
    return size;
  }

  private static int interiorCount(byte[] labels, int width, int height, int[] pixels) {
    int count = 0;
    for (int p : pixels) {
      int x = p % width;
      int y = p / width;
      byte l = labels[p];
      if (x > 0 && x < width - 1 && y > 0 && y < height - 1
          && labels[p - 1] == l && labels[p + 1] == l
          && labels[p - width] == l && labels[p + width] == l) {
        count++;
      }
    }
    return count;
  }

  private static Blob blobOf(byte label, int width, int[] pixels) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int p : pixels) {
      int x = p % width;
      int y = p / width;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    return new Blob(label, width, pixels, minX, minY, maxX, maxY);
  }
}
