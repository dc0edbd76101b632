package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.List;

/** One frame's objects: palette labels, then components, then shape features and a class each. */
public final class FrameDetector {
  /** Smallest blob standing alone, as a share of the short side squared. */
  static final double MIN_AREA = 0.0006;
  /** Smallest blob at the frame edge, the occluder or another blob: there, it may be a fragment. */
  static final double MIN_PIECE = 0.0012;

  private final int width;
  private final int height;
  private final int minArea;
  private final int minPiece;
  private final int minInterior;

  /**
   * A detector for frames of this size. The smallest world object (radius 0.08 of the short side)
   * shrinks to 0.35 of that, where a triangle or a star covers about 0.001 of the short side
   * squared, fewer pixels once its anti-aliased rim is lost. Blobs standing alone under 0.0006 of
   * it are noise, so a shrinking object stays above the bar down to its smallest. Blobs at the
   * frame edge, the occluder or another blob must reach twice that: there a small blob is more
   * likely a sliver of an object mostly out of view or behind something, whose shape and centre
   * say little.
   */
  public FrameDetector(int width, int height) {
    this.width = width;
    this.height = height;
    int side = Math.min(width, height);
    this.minArea = Math.max(5, (int) Math.round(MIN_AREA * side * side));
    this.minPiece = Math.max(5, (int) Math.round(MIN_PIECE * side * side));
    this.minInterior = Math.max(1, minArea / 6);
  }

  public int minArea() {
    return minArea;
  }

  /** Detections of frame {@code index}, given its palette labels. */
  public List<Detection> detect(int index, byte[] labels) {
    return detect(index, labels, (boolean[]) null);
  }

  /**
   * Detections of a frame given where the occluder is ({@code occluder}, one flag per pixel, or
   * null): pieces of one object that something in front cut apart are merged first.
   */
  public List<Detection> detect(int index, byte[] labels, boolean[] occluder) {
    List<Blob> blobs = new ArrayList<>(ComponentFinder.find(labels, width, height, minArea, minInterior));
    dropSlivers(blobs, occluder);
    new PieceMerger(width, height).merge(blobs, occluder);
    int[] owner = owners(blobs);
    List<Detection> detections = new ArrayList<>();
    for (Blob blob : blobs) detections.add(describe(index, blob, owner, occluder));
    return detections;
  }

  /** Removes blobs under {@link #minPiece} that touch the frame edge, the occluder or another blob. */
  private void dropSlivers(List<Blob> blobs, boolean[] occluder) {
    if (blobs.stream().allMatch(b -> b.area() >= minPiece)) return;
    int[] owner = owners(blobs);
    List<Blob> slivers = new ArrayList<>();
    for (int i = 0; i < blobs.size(); i++) {
      Blob blob = blobs.get(i);
      if (blob.area() >= minPiece) continue;
      int id = i + 1;
      boolean border = touchesBorder(blob);
      if (border || near(blob, p -> owner[p] != 0 && owner[p] != id) || (occluder != null && near(blob, p -> occluder[p]))) {
        slivers.add(blob);
      }
    }
    blobs.removeAll(slivers);
  }

  private boolean touchesBorder(Blob blob) {
    return blob.minX() == 0 || blob.minY() == 0 || blob.maxX() == width - 1 || blob.maxY() == height - 1;
  }

  /** Blob index + 1 per pixel (0 for none). */
  private int[] owners(List<Blob> blobs) {
    return PieceMerger.owners(blobs, width * height);
  }

  /** Whether any pixel within two pixels of the blob satisfies {@code test}. */
  private boolean near(Blob blob, java.util.function.IntPredicate test) {
    for (int p : blob.pixels()) {
      int x = p % width;
      int y = p / width;
      for (int ny = Math.max(0, y - 2); ny <= Math.min(height - 1, y + 2); ny++) {
        for (int nx = Math.max(0, x - 2); nx <= Math.min(width - 1, x + 2); nx++) {
          if (test.test(ny * width + nx)) return true;
        }
      }
    }
    return false;
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
    return describe(index, blob, null, null);
  }

  /**
   * One blob as a detection. A blob that may be partly hidden ({@code owner}: blob ids per pixel,
   * {@code occluder}: occluder pixels; either may be null) is also read by fitting the world's
   * shape templates to its free outline; a good fit replaces the class, centre and radius read
   * from the silhouette, which a bite taken out of the shape would distort.
   */
  Detection describe(int index, Blob blob, int[] owner, boolean[] occluder) {
    ShapeFeatures features = ShapeFeatures.measure(blob);
    Shape shape = ShapeClassifier.classify(features);
    int id = owner == null ? 0 : owner[blob.pixels()[0]];
    boolean border = touchesBorder(blob);
    boolean nearOthers = owner != null && near(blob, p -> owner[p] != 0 && owner[p] != id);
    boolean nearOccluder = occluder != null && near(blob, p -> occluder[p]);
    double x = features.centroidX();
    double y = features.centroidY();
    // Silhouette radius as the template's bounding radius (a box's corner reaches 0.96 of it).
    double radius = features.radius() / ShapeTemplate.extent(shape);
    double orientation = orientation(shape, features);
    TemplateFit fit = null;
    if (border || nearOthers || nearOccluder) {
      fit = new FreeOutline(width, height).fit(blob, features, owner, id, occluder, radius);
      if (fit != null) {
        shape = fit.shape();
        x = fit.x();
        y = fit.y();
        radius = fit.radius();
      }
    }
    Expression expression = shape == Shape.CREATURE ? FaceReader.read(features.holes()) : Expression.NONE;
    return new Detection(index, PaletteLabeller.colour(blob.label()), shape, expression, x, y, features.filledArea(), radius,
        orientation, border, border || nearOthers || nearOccluder, border || nearOccluder, false, fit != null, blob, features);
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
