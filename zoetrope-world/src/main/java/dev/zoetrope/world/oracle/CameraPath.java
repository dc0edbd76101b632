package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Camera;

/**
 * The camera over a clip, relative to frame 0: a world point (frame-0 pixel) p appears in frame k
 * at {@code c + scale[k] * (p - c) + (shiftX[k], shiftY[k])}, c being the frame centre. A pan
 * slides the content against the pan (panning left moves content right); zooming in scales it up.
 */
public record CameraPath(int width, int height, double[] scale, double[] shiftX, double[] shiftY) {
  /** Content displacement (fraction of the frame) below which the camera counts as static. */
  public static final double STATIC_TRAVEL = 0.04;

  public CameraPath {
    if (scale.length == 0 || scale.length != shiftX.length || scale.length != shiftY.length) {
      throw new IllegalArgumentException("camera path arrays differ in length");
    }
  }

  /** A camera that never moves, for {@code frames} frames. */
  public static CameraPath still(int width, int height, int frames) {
    double[] ones = new double[frames];
    java.util.Arrays.fill(ones, 1);
    return new CameraPath(width, height, ones, new double[frames], new double[frames]);
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

  /** Travel of the content by the end: a corner's displacement from zoom vs the pan's, as fractions. */
  public double panTravel() {
    int last = frames() - 1;
    return Math.hypot(shiftX[last] / width, shiftY[last] / height);
  }

  public double zoomTravel() {
    return Math.abs(scale[frames() - 1] - 1) * 0.5;
  }

  /** The camera move whose effect on the content dominates, or STATIC when neither is visible. */
  public Camera classify() {
    int last = frames() - 1;
    double pan = panTravel();
    double zoom = zoomTravel();
    if (Math.max(pan, zoom) < STATIC_TRAVEL) return Camera.STATIC;
    if (zoom > pan) return scale[last] > 1 ? Camera.ZOOM_IN : Camera.ZOOM_OUT;
    double x = shiftX[last] / width;
    double y = shiftY[last] / height;
    if (Math.abs(x) >= Math.abs(y)) return x > 0 ? Camera.PAN_LEFT : Camera.PAN_RIGHT;
    return y > 0 ? Camera.PAN_UP : Camera.PAN_DOWN;
  }
}
