package dev.zoetrope.world.oracle;

import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.Mask;
import dev.zoetrope.world.render.ObjectTruth;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Motion;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.scene.SceneObject;
import dev.zoetrope.world.scene.Shape;
import dev.zoetrope.world.scene.Size;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Colour statistics of the world's surfaces, the backgrounds and the occluders (wall, tree), as
 * log-probabilities over RGB quantised to 4 bits per channel. Learned once from calibration renders
 * of every background texture variant and of each occluder, so the oracle stays in step with the
 * renderer without copying its constants. A naive-Bayes reading of these histograms names the
 * background and finds the occluder's columns.
 */
public final class SurfaceModel {
  static final int BITS = 4;
  static final int BINS = 1 << (3 * BITS);
  /**
   * Share of probability spread uniformly over all bins: colours never seen in calibration are
   * unlikely, not impossible, and equally unlikely for every surface (add-one smoothing would
   * favour the surface calibrated on fewer pixels).
   */
  static final double UNIFORM_SHARE = 0.01;
  private static final int CALIBRATION_SIZE = 96;
  private static final int VARIANTS = 8;
  private static final SurfaceModel STANDARD = calibrate();

  private final Map<Background, double[]> backgrounds;
  private final Map<OccluderKind, double[]> occluders;

  private SurfaceModel(Map<Background, double[]> backgrounds, Map<OccluderKind, double[]> occluders) {
    this.backgrounds = backgrounds;
    this.occluders = occluders;
  }

  /** The model of the standard world, calibrated on first use. */
  public static SurfaceModel standard() {
    return STANDARD;
  }

  /** Histogram bin of an RGB colour. */
  static int bin(int red, int green, int blue) {
    int shift = 8 - BITS;
    return ((red >> shift) << (2 * BITS)) | ((green >> shift) << BITS) | (blue >> shift);
  }

  public double logLikelihood(Background background, int bin) {
    return backgrounds.get(background)[bin];
  }

  public double logLikelihood(OccluderKind kind, int bin) {
    return occluders.get(kind)[bin];
  }

  private static SurfaceModel calibrate() {
    Map<Background, long[]> backgroundCounts = new EnumMap<>(Background.class);
    Map<OccluderKind, long[]> occluderCounts = new EnumMap<>(OccluderKind.class);
    RenderSpec spec = new RenderSpec(CALIBRATION_SIZE, CALIBRATION_SIZE, 8, 1);
    for (Background background : Background.values()) {
      long[] counts = new long[BINS];
      for (int variant = 0; variant < VARIANTS; variant++) {
        OccluderKind kind = variant % 4 == 1 ? OccluderKind.WALL : variant % 4 == 3 ? OccluderKind.TREE : null;
        Scene scene = calibrationScene(variant, background, kind);
        byte[] rgb = new byte[spec.width() * spec.height() * 3];
        FrameTruth truth = Renderer.renderFrame(scene, spec, 0, rgb);
        long[] occluderBins = kind == null ? null : occluderCounts.computeIfAbsent(kind, k -> new long[BINS]);
        count(rgb, spec.width(), truth, counts, occluderBins);
      }
      backgroundCounts.put(background, counts);
    }
    Map<Background, double[]> backgrounds = new EnumMap<>(Background.class);
    backgroundCounts.forEach((b, c) -> backgrounds.put(b, logProbabilities(c)));
    Map<OccluderKind, double[]> occluders = new EnumMap<>(OccluderKind.class);
    occluderCounts.forEach((k, c) -> occluders.put(k, logProbabilities(c)));
    return new SurfaceModel(backgrounds, occluders);
  }

  /** A small still ball in a corner (a scene needs an object) and, maybe, an occluder. */
  private static Scene calibrationScene(long seed, Background background, OccluderKind kind) {
    SceneObject ball = new SceneObject(Shape.BALL, Colour.RED, Size.SMALL, Expression.NONE, Motion.still(), null, 0.08, 0.08);
    Occluder occluder = kind == null ? null : new Occluder(kind, 0.55, 0.3);
    return new Scene(seed, background, Camera.STATIC, List.of(ball), occluder, null, 1.5, 0.6);
  }

  /** Whole background pixels go to {@code background}, whole occluder pixels to {@code occluder}. */
  private static void count(byte[] rgb, int width, FrameTruth truth, long[] background, long[] occluder) {
    int pixels = rgb.length / 3;
    Mask occluderMask = truth.occluder() == null ? null : truth.occluder().mask();
    for (int p = 0; p < pixels; p++) {
      int x = p % width;
      int y = p / width;
      if (covered(truth.objects(), x, y)) continue;
      int bin = bin(rgb[3 * p] & 255, rgb[3 * p + 1] & 255, rgb[3 * p + 2] & 255);
      int occluded = occluderMask == null ? 0 : occluderMask.coverage(x, y);
      if (occluded == 255) {
        occluder[bin]++;
      } else if (occluded == 0) {
        background[bin]++;
      }
    }
  }

  private static boolean covered(List<ObjectTruth> objects, int x, int y) {
    for (ObjectTruth o : objects) if (o.mask().coverage(x, y) > 0) return true;
    return false;
  }

  private static double[] logProbabilities(long[] counts) {
    double total = 0;
    for (long c : counts) total += c;
    double[] out = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      out[i] = Math.log((1 - UNIFORM_SHARE) * counts[i] / total + UNIFORM_SHARE / counts.length);
    }
    return out;
  }
}
