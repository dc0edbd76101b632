package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.List;

/** One frame's objects: palette labels, then components, then shape features and a class each. */
public final class FrameDetector {
  private final int width;
  private final int height;
  private final int minArea;
  private final int minInterior;

  /**
   * A detector for frames of this size. The smallest world object (radius 0.08 of the short side)
   * covers about 2% of the short side squared; blobs under a sixteenth of that are noise or
   * fringes (a shrinking object stays above it down to its smallest).
   */
  public FrameDetector(int width, int height) {
    this.width = width;
    this.height = height;
    int side = Math.min(width, height);
    this.minArea = Math.max(5, (int) Math.round(0.0012 * side * side));
    this.minInterior = Math.max(1, minArea / 6);
  }

  public int minArea() {
    return minArea;
  }

  /** Detections of frame {@code index}, given its palette labels. */
  public List<Detection> detect(int index, byte[] labels) {
    return detect(index, labels, null);
  }

  /**
   * Detections of a frame with an occluder band: pieces of one colour on either side of the band
   * are one object seen around the occluder, and are merged.
   */
  public List<Detection> detect(int index, byte[] labels, SurfaceReader.Band band) {
    List<Blob> blobs = new ArrayList<>(ComponentFinder.find(labels, width, height, minArea, minInterior));
    if (band != null) mergeAcross(blobs, band);
    mergeAroundObjects(blobs);
    boolean[] neighbours = touchingOthers(blobs);
    List<Detection> detections = new ArrayList<>();
    for (int i = 0; i < blobs.size(); i++) {
      Blob blob = blobs.get(i);
      boolean nearBand = band != null && blob.maxX() >= band.x0() - 2 && blob.minX() <= band.x1() + 1;
      detections.add(describe(index, blob, neighbours[i] || nearBand));
    }
    return detections;
  }

  /** Which blobs come within two pixels of another blob (one may hide part of the other). */
  private boolean[] touchingOthers(List<Blob> blobs) {
    int[] owner = new int[width * height];
    for (int i = 0; i < blobs.size(); i++) for (int p : blobs.get(i).pixels()) owner[p] = i + 1;
    boolean[] touching = new boolean[blobs.size()];
    for (int i = 0; i < blobs.size(); i++) {
      Blob blob = blobs.get(i);
      search:
      for (int p : blob.pixels()) {
        int x = p % width;
        int y = p / width;
        for (int ny = Math.max(0, y - 2); ny <= Math.min(height - 1, y + 2); ny++) {
          for (int nx = Math.max(0, x - 2); nx <= Math.min(width - 1, x + 2); nx++) {
            int o = owner[ny * width + nx];
            if (o != 0 && o != i + 1) {
              touching[i] = true;
              break search;
            }
          }
        }
      }
    }
    return touching;
  }

  /**
   * An object passing in front of another of a different colour can cut it in two: same-colour
   * pieces that both touch one other blob lying on the line between them, and close enough to be
   * one object, are merged.
   */
  private void mergeAroundObjects(List<Blob> blobs) {
    for (int i = 0; i < blobs.size(); i++) {
      for (int j = i + 1; j < blobs.size(); j++) {
        Blob a = blobs.get(i);
        Blob b = blobs.get(j);
        if (a.label() != b.label()) continue;
        double distance = Math.hypot(a.centroidX() - b.centroidX(), a.centroidY() - b.centroidY());
        if (distance > 2.2 * Math.max(halfDiagonal(a), halfDiagonal(b))) continue;
        for (Blob between : blobs) {
          if (between.label() == a.label() || !near(a, between) || !near(b, between)) continue;
          if (!crosses(between, a.centroidX(), a.centroidY(), b.centroidX(), b.centroidY())) continue;
          blobs.set(i, union(a, b));
          blobs.remove(j);
          j = i; // the merged blob is compared again with the rest
          break;
        }
      }
    }
  }

  private static double halfDiagonal(Blob b) {
    return Math.hypot(b.boxWidth(), b.boxHeight()) / 2;
  }

  /** Whether the segment (x0, y0)-(x1, y1) passes through the blob's box (sampled finely). */
  private static boolean crosses(Blob b, double x0, double y0, double x1, double y1) {
    for (int i = 0; i <= 32; i++) {
      double x = x0 + (x1 - x0) * i / 32;
      double y = y0 + (y1 - y0) * i / 32;
      if (x >= b.minX() && x <= b.maxX() + 1 && y >= b.minY() && y <= b.maxY() + 1) return true;
    }
    return false;
  }

  /** Boxes within two pixels of each other. */
  private static boolean near(Blob a, Blob b) {
    return gap(a, b) <= 2;
  }

  /** Largest axis gap between two boxes, 0 when they overlap. */
  private static int gap(Blob a, Blob b) {
    int gapX = Math.max(0, Math.max(a.minX() - b.maxX(), b.minX() - a.maxX()) - 1);
    int gapY = Math.max(0, Math.max(a.minY() - b.maxY(), b.minY() - a.maxY()) - 1);
    return Math.max(gapX, gapY);
  }

  private static void mergeAcross(List<Blob> blobs, SurfaceReader.Band band) {
    for (int i = 0; i < blobs.size(); i++) {
      for (int j = 0; j < blobs.size(); j++) {
        Blob left = blobs.get(i);
        Blob right = blobs.get(j);
        if (i == j || left.label() != right.label()) continue;
        boolean touchesLeft = left.maxX() >= band.x0() - 2 && left.maxX() < band.x1();
        boolean touchesRight = right.minX() <= band.x1() + 1 && right.minX() >= band.x0();
        int overlap = Math.min(left.maxY(), right.maxY()) - Math.max(left.minY(), right.minY()) + 1;
        if (touchesLeft && touchesRight && overlap >= 0.5 * Math.min(left.boxHeight(), right.boxHeight())) {
          blobs.set(i, union(left, right));
          blobs.remove(j);
          i = -1; // start over: the merged blob may merge again
          break;
        }
      }
    }
  }

  private static Blob union(Blob a, Blob b) {
    int[] pixels = java.util.Arrays.copyOf(a.pixels(), a.area() + b.area());
    System.arraycopy(b.pixels(), 0, pixels, a.area(), b.area());
    return new Blob(a.label(), a.width(), pixels,
        Math.min(a.minX(), b.minX()), Math.min(a.minY(), b.minY()),
        Math.max(a.maxX(), b.maxX()), Math.max(a.maxY(), b.maxY()));
  }

  /**
   * Where objects are in a frame: every palette-labelled pixel plus the holes of the detected
   * blobs (eyes, mouths, a ball's highlight move with their object, not with the background).
   */
  public static boolean[] objectMask(byte[] labels, List<Detection> detections, int width) {
    boolean[] mask = new boolean[labels.length];
    for (int p = 0; p < labels.length; p++) mask[p] = labels[p] != PaletteLabeller.NONE;
    for (Detection d : detections) {
      for (Hole hole : d.features().holes()) {
        int[] c = hole.coordinates();
        for (int i = 0; i < c.length; i += 2) mask[c[i + 1] * width + c[i]] = true;
      }
    }
    return mask;
  }

  /** Where the detected objects are: their blobs' pixels and holes (stray labelled pixels excluded). */
  public static boolean[] detectionMask(List<Detection> detections, int width, int height) {
    boolean[] mask = new boolean[width * height];
    for (Detection d : detections) {
      for (int p : d.blob().pixels()) mask[p] = true;
      for (Hole hole : d.features().holes()) {
        int[] c = hole.coordinates();
        for (int i = 0; i < c.length; i += 2) mask[c[i + 1] * width + c[i]] = true;
      }
    }
    return mask;
  }

  Detection describe(int index, Blob blob) {
    return describe(index, blob, false);
  }

  Detection describe(int index, Blob blob, boolean nearOthers) {
    ShapeFeatures features = ShapeFeatures.measure(blob);
    Shape shape = ShapeClassifier.classify(features);
    Expression expression = shape == Shape.CREATURE ? FaceReader.read(features.holes()) : Expression.NONE;
    boolean border = blob.minX() == 0 || blob.minY() == 0 || blob.maxX() == width - 1 || blob.maxY() == height - 1;
    return new Detection(
        index,
        PaletteLabeller.colour(blob.label()),
        shape,
        expression,
        features.centroidX(),
        features.centroidY(),
        features.filledArea(),
        features.radius(),
        orientation(shape, features),
        border,
        border || nearOthers,
        false,
        blob,
        features);
  }

  /** Orientation from the face for a creature, the highlight for a ball, the outline otherwise. */
  private static double orientation(Shape shape, ShapeFeatures features) {
    return switch (shape) {
      case CREATURE -> FaceReader.upAngle(features.holes());
      case BALL -> features.holes().size() == 1
          ? Math.atan2(features.holes().get(0).centroidY() - features.centroidY(),
              features.holes().get(0).centroidX() - features.centroidX())
          : Double.NaN;
      case RING -> Double.NaN;
      default -> features.profile().orientation(ShapeClassifier.folds(shape));
    };
  }
}
