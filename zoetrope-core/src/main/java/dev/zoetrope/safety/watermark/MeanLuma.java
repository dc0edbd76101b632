package dev.zoetrope.safety.watermark;

/**
 * Running mean of frame luma (BT.601 weights), so a long video can be checked while it is decoded
 * without holding its frames. The watermark is static, so the mean keeps all of it while moving
 * content averages away.
 */
public final class MeanLuma {
  private final int width;
  private final int height;
  private final double[] sum;
  private int frames;

  public MeanLuma(int width, int height) {
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("size " + width + "x" + height);
    this.width = width;
    this.height = height;
    this.sum = new double[width * height];
  }

  /** Adds one interleaved RGB frame of {@code width*height*3} bytes. */
  public void add(byte[] rgb) {
    if (rgb.length != sum.length * 3) throw new IllegalArgumentException("frame has " + rgb.length + " bytes, expected " + sum.length * 3);
    for (int i = 0; i < sum.length; i++) {
      sum[i] += 0.299 * (rgb[3 * i] & 0xff) + 0.587 * (rgb[3 * i + 1] & 0xff) + 0.114 * (rgb[3 * i + 2] & 0xff);
    }
    frames++;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  public int frames() {
    return frames;
  }

  /** The mean, {@code [height*width]}. */
  public double[] values() {
    if (frames == 0) throw new IllegalStateException("no frames added");
    double[] mean = new double[sum.length];
    for (int i = 0; i < sum.length; i++) mean[i] = sum[i] / frames;
    return mean;
  }
}
