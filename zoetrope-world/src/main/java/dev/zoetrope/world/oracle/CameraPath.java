package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Camera;

/**
 * The camera over a clip, relative to frame 0: a world point (frame-0 pixel) p appears in frame k
 * at {@code c + scale[k] * (p - c) + (shiftX[k], shiftY[k])}, c being the frame centre. A pan
 * slides the content against the pan (panning left moves content right); zooming in scales it up.
 */
public record CameraPath(int width, int height, double fps, double[] scale, double[] shiftX, double[] shiftY) {
  /**
   * Pan rate (short sides per second) below which the camera is not panning; the world pans at
   * 0.10 ({@link dev.zoetrope.world.render.WorldConstants#PAN_SPEED}).
   */
  public static final double MIN_PAN_RATE = 0.04;
  /** Zoom rate (|d ln scale / dt| per second) below which it is not zooming; the world zooms at 0.12. */
  public static final double MIN_ZOOM_RATE = 0.05;

  public CameraPath {
    if (scale.length == 0 || scale.length != shiftX.length || scale.length != shiftY.length) {
      throw new IllegalArgumentException("camera path arrays differ in length");
    }
    if (!(fps > 0)) throw new IllegalArgumentException("fps " + fps);
  }

  /** A camera that never moves, for {@code frames} frames. */
  public static CameraPath still(int width, int height, double fps, int frames) {
    double[] ones = new double[frames];
    java.util.Arrays.fill(ones, 1);
    return new CameraPath(width, height, fps, ones, new double[frames], new double[frames]);
  }

  public int frames() {
    return scale.length;
  }

  /** World x (frame-0 pixels) of image point (x, y) in frame k. */
  public double worldX(int frame, double x) {
    double cx = width / 2.0;
    return cx + (x - cx - shiftX[frame]) / scale[frame];
  }

  public double worldY(int frame, double y) {
    double cy = height / 2.0;
    return cy + (y - cy - shiftY[frame]) / scale[frame];
  }

  /**
   * Typical speed of the content's slide, in short sides per second: the frame-to-frame shifts'
   * interquartile mean. A robust middle rather than first-to-last: late in a long zoom out the
   * background is too fine to follow, and those steps are noise.
   */
  public double panRate() {
    return panRate(typicalStep());
  }

  private double panRate(double[] step) {
    return Math.hypot(step[1], step[2]) * fps / Math.min(width, height);
  }

  /** Typical |d ln scale / dt|, per second (interquartile mean of the frame-to-frame steps). */
  public double zoomRate() {
    return zoomRate(typicalStep());
  }

  private double zoomRate(double[] step) {
    return Math.abs(step[0]) * fps;
  }

  /**
   * The interquartile means of the frame-to-frame steps: ln scale, shift x and shift y. Step k
   * maps frame k-1 to frame k: p_k = c + s (p_{k-1} - c) + d.
   */
  double[] typicalStep() {
    int n = frames() - 1;
    if (n < 1) return new double[3];
    double[][] steps = new double[3][n];
    for (int k = 1; k <= n; k++) {
      double s = scale[k] / scale[k - 1];
      steps[0][k - 1] = Math.log(s);
      steps[1][k - 1] = shiftX[k] - s * shiftX[k - 1];
      steps[2][k - 1] = shiftY[k] - s * shiftY[k - 1];
    }
    return new double[] {interquartileMean(steps[0]), interquartileMean(steps[1]), interquartileMean(steps[2])};
  }

  static double interquartileMean(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int from = sorted.length / 4;
    int to = sorted.length - from;
    double sum = 0;
    for (int i = from; i < to; i++) sum += sorted[i];
    return sum / (to - from);
  }

  /** The camera move whose effect, relative to the world's own rates, dominates; or STATIC. */
  public Camera classify() {
    double[] step = typicalStep();
    double pan = panRate(step);
    double zoom = zoomRate(step);
    if (pan < MIN_PAN_RATE && zoom < MIN_ZOOM_RATE) return Camera.STATIC;
    if (zoom / MIN_ZOOM_RATE > pan / MIN_PAN_RATE) return step[0] > 0 ? Camera.ZOOM_IN : Camera.ZOOM_OUT;
    double x = step[1];
    double y = step[2];
    if (Math.abs(x) >= Math.abs(y)) return x > 0 ? Camera.PAN_LEFT : Camera.PAN_RIGHT;
    return y > 0 ? Camera.PAN_UP : Camera.PAN_DOWN;
  }
}
