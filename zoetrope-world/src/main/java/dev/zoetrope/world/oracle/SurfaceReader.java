package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.OccluderKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads the surfaces of a frame with a {@link SurfaceModel}: which background it is (the largest
 * summed log-likelihood over non-object pixels) and where an occluder stands (a run of columns in
 * which most pixels are likelier the occluder's colours than the background's).
 */
public final class SurfaceReader {
  /** Average log-likelihood per pixel below this means no known background (uniform over bins: -8.3). */
  static final double MIN_BACKGROUND_FIT = -7.0;
  /** Share of a column's pixels whose likeliest surface must be the occluder. */
  static final double COLUMN_SHARE = 0.6;
  /** The narrowest occluder band, as a fraction of the frame width. */
  static final double MIN_BAND = 0.03;

  /**
   * Mean log-likelihood ratio (nats per pixel) of occluder over background a band must reach: a
   * real occluder's colours are rare in the background, while a run of background columns that
   * happens to favour the occluder (tiles and stone are both grey) barely does.
   */
  static final double MIN_CONTRAST = 1.0;

  /** A vertical band of occluder columns [x0, x1) in one frame. */
  public record Band(OccluderKind kind, int x0, int x1) {}

  private final SurfaceModel model;

  public SurfaceReader(SurfaceModel model) {
    this.model = model;
  }

  /** The background that best explains the unlabelled pixels, or null when none fits. */
  public Background background(byte[] rgb, byte[] labels, int stride) {
    Map<Background, Double> sums = new EnumMap<>(Background.class);
    int count = 0;
    for (int p = 0; p < labels.length; p += stride) {
      if (labels[p] != PaletteLabeller.NONE) continue;
      int bin = SurfaceModel.bin(rgb[3 * p] & 255, rgb[3 * p + 1] & 255, rgb[3 * p + 2] & 255);
      for (Background b : Background.values()) sums.merge(b, model.logLikelihood(b, bin), Double::sum);
      count++;
    }
    if (count == 0) return null;
    Background best = null;
    for (Background b : Background.values()) {
      if (best == null || sums.get(b) > sums.get(best)) best = b;
    }
    return sums.get(best) / count >= MIN_BACKGROUND_FIT ? best : null;
  }

  /** The widest run of occluder columns in a frame, or null. */
  public Band band(byte[] rgb, byte[] labels, int width, int height, Background background) {
    if (background == null) return null;
    Band best = null;
    for (OccluderKind kind : OccluderKind.values()) {
      double[] share = columnShares(rgb, labels, width, height, background, kind);
      int start = -1;
      for (int x = 0; x <= width; x++) {
        boolean inside = x < width && share[x] >= COLUMN_SHARE;
        if (inside && start < 0) start = x;
        if (!inside && start >= 0) {
          if (x - start >= MIN_BAND * width && (best == null || x - start > best.x1() - best.x0())
              && contrast(rgb, labels, width, height, background, kind, start, x) >= MIN_CONTRAST) {
            best = new Band(kind, start, x);
          }
          start = -1;
        }
      }
    }
    return best;
  }

  /**
   * Where the occluder is in a frame with the given band: pixels (not labelled as objects) whose
   * likeliest surface is the occluder, within the band's columns, widened for a tree's crown.
   */
  public boolean[] occluderMask(byte[] rgb, byte[] labels, int width, int height, Background background, Band band) {
    boolean[] mask = new boolean[width * height];
    if (band == null || background == null) return mask;
    int bandWidth = band.x1() - band.x0();
    int widen = band.kind() == OccluderKind.TREE ? (int) Math.ceil(0.7 * bandWidth) : 0;
    int x0 = Math.max(0, band.x0() - widen - 1);
    int x1 = Math.min(width, band.x1() + widen + 1);
    for (int y = 0; y < height; y++) {
      for (int x = x0; x < x1; x++) {
        int p = y * width + x;
        if (labels[p] != PaletteLabeller.NONE) continue;
        int bin = SurfaceModel.bin(rgb[3 * p] & 255, rgb[3 * p + 1] & 255, rgb[3 * p + 2] & 255);
        double mine = model.logLikelihood(band.kind(), bin);
        boolean inBand = x >= band.x0() && x < band.x1();
        mask[p] = inBand || (mine > model.logLikelihood(background, bin) && mine >= otherOccluder(band.kind(), bin));
      }
    }
    return mask;
  }

  private double contrast(byte[] rgb, byte[] labels, int width, int height, Background background, OccluderKind kind, int x0, int x1) {
    double sum = 0;
    int count = 0;
    for (int y = 0; y < height; y++) {
      for (int x = x0; x < x1; x++) {
        int p = y * width + x;
        if (labels[p] != PaletteLabeller.NONE) continue;
        int bin = SurfaceModel.bin(rgb[3 * p] & 255, rgb[3 * p + 1] & 255, rgb[3 * p + 2] & 255);
        sum += model.logLikelihood(kind, bin) - model.logLikelihood(background, bin);
        count++;
      }
    }
    return count == 0 ? 0 : sum / count;
  }

  private double otherOccluder(OccluderKind kind, int bin) {
    double best = Double.NEGATIVE_INFINITY;
    for (OccluderKind other : OccluderKind.values()) {
      if (other != kind) best = Math.max(best, model.logLikelihood(other, bin));
    }
    return best;
  }

  private double[] columnShares(byte[] rgb, byte[] labels, int width, int height, Background background, OccluderKind kind) {
    double[] share = new double[width];
    for (int x = 0; x < width; x++) {
      int favour = 0;
      int counted = 0;
      for (int y = 0; y < height; y++) {
        int p = y * width + x;
        if (labels[p] != PaletteLabeller.NONE) continue;
        int bin = SurfaceModel.bin(rgb[3 * p] & 255, rgb[3 * p + 1] & 255, rgb[3 * p + 2] & 255);
        double mine = model.logLikelihood(kind, bin);
        if (mine > model.logLikelihood(background, bin) && mine >= otherOccluder(kind, bin)) favour++;
        counted++;
      }
      share[x] = counted < height / 3 ? 0 : (double) favour / counted;
    }
    return share;
  }
}
