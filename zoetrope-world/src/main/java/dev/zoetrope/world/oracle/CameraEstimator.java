package dev.zoetrope.world.oracle;

import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovers pans and zooms from the background. Each pair of consecutive frames is cut into square
 * tiles; tiles nearly free of object pixels are phase-correlated, and the tile shifts are fitted
 * by least squares to a similarity about the frame centre: shift_i = t + (s - 1) (c_i - c). A pan
 * moves every tile alike, a zoom pushes tiles away from (or towards) the centre. That coarse
 * estimate is then refined to sub-pixel precision by {@link DirectAlignment} on all background
 * pixels.
 */
public final class CameraEstimator {
  /** Tiles with more object pixels than this are skipped: moving objects would bias the shift. */
  static final double MAX_OBJECT_SHARE = 0.03;
  /** Tiles flatter than this (grey-level standard deviation) carry no motion signal. */
  static final double MIN_TEXTURE = 1.5;
  /** Correlation peaks below this are noise. */
  static final double MIN_PEAK = 0.08;

  private CameraEstimator() {}

  /** The camera path of a video, given each frame's object mask (true where an object is). */
  public static CameraPath estimate(Video video, List<boolean[]> objects) {
    int frames = video.frameCount();
    double[] scale = new double[frames];
    double[] shiftX = new double[frames];
    double[] shiftY = new double[frames];
    scale[0] = 1;
    int width = video.width();
    int height = video.height();
    double[] previous = grey(video.frame(0));
    DirectAlignment.Image previousImage = DirectAlignment.Image.of(previous, width, height);
    Step last = new Step(1, 0, 0);
    Step[] steps = new Step[frames];
    for (int k = 1; k < frames; k++) {
      double[] current = grey(video.frame(k));
      DirectAlignment.Image currentImage = DirectAlignment.Image.of(current, width, height);
      steps[k] = align(previous, current, previousImage, currentImage, objects.get(k - 1), objects.get(k), width, height, last);
      last = steps[k];
      previous = current;
      previousImage = currentImage;
    }
    for (int k = 1; k < frames; k++) {
      Step step = smoothed(steps, k);
      // Compose: p_k = c + s (p_{k-1} - c) + t with p_{k-1} = c + S (p_0 - c) + T.
      scale[k] = step.scale * scale[k - 1];
      shiftX[k] = step.scale * shiftX[k - 1] + step.dx;
      shiftY[k] = step.scale * shiftY[k - 1] + step.dy;
    }
    return new CameraPath(video.width(), video.height(), video.fps(), scale, shiftX, shiftY);
  }

  /**
   * The median of a step and its neighbours, per parameter: a camera moves smoothly, so one step
   * thrown off (by an object entering, a flat patch of background) is outvoted.
   */
  static Step smoothed(Step[] steps, int k) {
    int from = Math.max(1, k - 1);
    int to = Math.min(steps.length - 1, k + 1);
    int n = to - from + 1;
    if (n < 3) return steps[k];
    double[][] values = new double[3][n];
    for (int i = 0; i < n; i++) {
      values[0][i] = steps[from + i].scale();
      values[1][i] = steps[from + i].dx();
      values[2][i] = steps[from + i].dy();
    }
    for (double[] v : values) java.util.Arrays.sort(v);
    return new Step(values[0][1], values[1][1], values[2][1]);
  }

  /**
   * One frame-to-frame step: refine the previous step (cameras move smoothly) and, when the
   * phase-correlation estimate disagrees with the result, that estimate too; keep the better fit
   * of the background.
   */
  static Step align(double[] first, double[] second, DirectAlignment.Image firstImage, DirectAlignment.Image secondImage,
      boolean[] firstObjects, boolean[] secondObjects, int width, int height, Step previous) {
    boolean[] background = DirectAlignment.background(firstObjects, secondObjects, width, height);
    // A sparse grid of pixels is plenty for three parameters: about 2500 samples.
    int stride = Math.max(1, (int) Math.round(Math.sqrt(width * height / 2500.0)));
    DirectAlignment aligner = new DirectAlignment(firstImage, secondImage, background, width, height, stride);
    DirectAlignment.Result best = aligner.refine(previous);
    Step coarse = step(first, second, firstObjects, secondObjects, width, height);
    Step found = best.step();
    if (Math.hypot(found.dx() - coarse.dx(), found.dy() - coarse.dy()) > 0.75 || Math.abs(found.scale() - coarse.scale()) > 0.004) {
      DirectAlignment.Result other = aligner.refine(coarse);
      if (other.residual() < best.residual()) best = other;
    }
    return best.step();
  }

  /** The similarity from one frame to the next: scale about the centre, then shift. */
  record Step(double scale, double dx, double dy) {}

  static int tileSize(int width, int height) {
    int side = Math.min(width, height);
    return side >= 256 ? 64 : side >= 96 ? 32 : 16;
  }

  /**
   * The coarse step by tile phase correlation. It only needs to land within a pixel or so of the
   * truth, so frames of 96 pixels and more are correlated at half resolution (four times cheaper).
   */
  static Step step(double[] first, double[] second, boolean[] firstObjects, boolean[] secondObjects, int width, int height) {
    if (Math.min(width, height) < 96) return stepAtFullSize(first, second, firstObjects, secondObjects, width, height);
    int halfWidth = width / 2;
    int halfHeight = height / 2;
    Step half = stepAtFullSize(
        halve(first, width, halfWidth, halfHeight), halve(second, width, halfWidth, halfHeight),
        halve(firstObjects, width, halfWidth, halfHeight), halve(secondObjects, width, halfWidth, halfHeight),
        halfWidth, halfHeight);
    return new Step(half.scale, 2 * half.dx, 2 * half.dy);
  }

  /** 2x2 box average. */
  private static double[] halve(double[] image, int width, int halfWidth, int halfHeight) {
    double[] out = new double[halfWidth * halfHeight];
    for (int y = 0; y < halfHeight; y++) {
      for (int x = 0; x < halfWidth; x++) {
        int p = 2 * y * width + 2 * x;
        out[y * halfWidth + x] = (image[p] + image[p + 1] + image[p + width] + image[p + width + 1]) / 4;
      }
    }
    return out;
  }

  /** 2x2 "any object". */
  private static boolean[] halve(boolean[] mask, int width, int halfWidth, int halfHeight) {
    boolean[] out = new boolean[halfWidth * halfHeight];
    for (int y = 0; y < halfHeight; y++) {
      for (int x = 0; x < halfWidth; x++) {
        int p = 2 * y * width + 2 * x;
        out[y * halfWidth + x] = mask[p] || mask[p + 1] || mask[p + width] || mask[p + width + 1];
      }
    }
    return out;
  }

  private static Step stepAtFullSize(double[] first, double[] second, boolean[] firstObjects, boolean[] secondObjects, int width, int height) {
    int tile = tileSize(width, height);
    int columns = width / tile;
    int rows = height / tile;
    int offsetX = (width - columns * tile) / 2;
    int offsetY = (height - rows * tile) / 2;
    List<double[]> samples = new ArrayList<>(); // x offset from centre, y offset, dx, dy, weight
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        int x0 = offsetX + column * tile;
        int y0 = offsetY + row * tile;
        double[] a = new double[tile * tile];
        double[] b = new double[tile * tile];
        if (!cutTile(first, second, firstObjects, secondObjects, width, x0, y0, tile, a, b)) continue;
        PhaseCorrelation.Shift shift = PhaseCorrelation.shift(a, b, tile);
        if (shift.peak() < MIN_PEAK) continue;
        samples.add(new double[] {
          x0 + tile / 2.0 - width / 2.0, y0 + tile / 2.0 - height / 2.0, shift.dx(), shift.dy(), shift.peak()
        });
      }
    }
    if (samples.isEmpty()) return new Step(1, 0, 0);
    Step fit = fit(samples);
    // One pass of outlier rejection: tiles disagreeing by more than a pixel are refitted without.
    List<double[]> inliers = new ArrayList<>();
    for (double[] s : samples) {
      double ex = fit.dx + (fit.scale - 1) * s[0] - s[2];
      double ey = fit.dy + (fit.scale - 1) * s[1] - s[3];
      if (Math.hypot(ex, ey) <= 1.0) inliers.add(s);
    }
    return inliers.size() >= 2 && inliers.size() < samples.size() ? fit(inliers) : fit;
  }

  /**
   * Copies a tile of both frames; object pixels (in either frame) take the tile's background mean.
   * Returns false when the tile has too many object pixels or too little texture.
   */
  private static boolean cutTile(double[] first, double[] second, boolean[] firstObjects, boolean[] secondObjects,
      int width, int x0, int y0, int tile, double[] a, double[] b) {
    int objects = 0;
    double sumA = 0;
    double sumB = 0;
    double sumSquares = 0;
    int background = 0;
    for (int y = 0; y < tile; y++) {
      for (int x = 0; x < tile; x++) {
        int p = (y0 + y) * width + x0 + x;
        if (firstObjects[p] || secondObjects[p]) {
          objects++;
          a[y * tile + x] = Double.NaN;
          continue;
        }
        a[y * tile + x] = first[p];
        b[y * tile + x] = second[p];
        sumA += first[p];
        sumB += second[p];
        sumSquares += first[p] * first[p];
        background++;
      }
    }
    if (objects > MAX_OBJECT_SHARE * tile * tile || background == 0) return false;
    double meanA = sumA / background;
    double meanB = sumB / background;
    if (Math.sqrt(Math.max(0, sumSquares / background - meanA * meanA)) < MIN_TEXTURE) return false;
    for (int i = 0; i < a.length; i++) {
      if (Double.isNaN(a[i])) {
        a[i] = meanA;
        b[i] = meanB;
      }
    }
    return true;
  }

  /** Weighted least squares for (s - 1, tx, ty) from tile offsets and shifts. */
  private static Step fit(List<double[]> samples) {
    double sw = 0;
    double sx = 0;
    double sy = 0;
    double sdx = 0;
    double sdy = 0;
    double sRadial = 0;
    double sProjected = 0;
    for (double[] s : samples) {
      double w = s[4];
      sw += w;
      sx += w * s[0];
      sy += w * s[1];
      sdx += w * s[2];
      sdy += w * s[3];
      sRadial += w * (s[0] * s[0] + s[1] * s[1]);
      sProjected += w * (s[0] * s[2] + s[1] * s[3]);
    }
    // Normal equations of dx_i = tx + k x_i, dy_i = ty + k y_i, eliminating tx, ty.
    double spread = sRadial - (sx * sx + sy * sy) / sw;
    double k = spread < 1e-6 ? 0 : (sProjected - (sx * sdx + sy * sdy) / sw) / spread;
    double tx = (sdx - k * sx) / sw;
    double ty = (sdy - k * sy) / sw;
    return new Step(1 + k, tx, ty);
  }

  /** Luma of an RGB frame (Rec. 601 weights). */
  static double[] grey(byte[] rgb) {
    double[] out = new double[rgb.length / 3];
    for (int p = 0, i = 0; p < out.length; p++, i += 3) {
      out[p] = 0.299 * (rgb[i] & 255) + 0.587 * (rgb[i + 1] & 255) + 0.114 * (rgb[i + 2] & 255);
    }
    return out;
  }
}
