package dev.zoetrope.world.oracle;

/**
 * One connected region of equal labels in a frame. {@code pixels} are row-major indices
 * ({@code y * width + x}); the box is inclusive, in pixel indices; centroids are continuous
 * coordinates (pixel i covers [i, i + 1)).
 */
public record Blob(
    byte label, int width, int[] pixels, int minX, int minY, int maxX, int maxY) {
  public Blob {
    if (pixels.length == 0) throw new IllegalArgumentException("empty blob");
    if (minX > maxX || minY > maxY) throw new IllegalArgumentException("bad box");
  }

  public int area() {
    return pixels.length;
  }

  public int boxWidth() {
    return maxX - minX + 1;
  }

  public int boxHeight() {
    return maxY - minY + 1;
  }

  public double centroidX() {
    long sum = 0;
    for (int p : pixels) sum += p % width;
    return (double) sum / pixels.length + 0.5;
  }

  public double centroidY() {
    long sum = 0;
    for (int p : pixels) sum += p / width;
    return (double) sum / pixels.length + 0.5;
  }

  /** This blob's pixels as a mask over its box: {@code mask[(y - minY) * boxWidth + (x - minX)]}. */
  public boolean[] boxMask() {
    int bw = boxWidth();
    boolean[] mask = new boolean[bw * boxHeight()];
    for (int p : pixels) mask[(p / width - minY) * bw + (p % width - minX)] = true;
    return mask;
  }
}
