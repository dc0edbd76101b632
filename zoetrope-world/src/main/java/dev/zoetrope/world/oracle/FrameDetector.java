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
    return detect(index, labels, (boolean[]) null);
  }

  /**
   * Detections of a frame given where the occluder is ({@code occluder}, one flag per pixel, or
   * null): pieces of one object that something in front cut apart are merged first.
   */
  public List<Detection> detect(int index, byte[] labels, boolean[] occluder) {
    List<Blob> blobs = new ArrayList<>(ComponentFinder.find(labels, width, height, minArea, minInterior));
    mergeHidden(blobs, occluder);
    int[] owner = owners(blobs);
    List<Detection> detections = new ArrayList<>();
    for (Blob blob : blobs) detections.add(describe(index, blob, owner, occluder));
    return detections;
  }

  /** Blob index + 1 per pixel (0 for none). */
  private int[] owners(List<Blob> blobs) {
    int[] owner = new int[width * height];
    for (int i = 0; i < blobs.size(); i++) for (int p : blobs.get(i).pixels()) owner[p] = i + 1;
    return owner;
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
   * Something in front (the occluder, or an object of another colour) can cut an object in two:
   * two pieces of one colour, close enough to be one object, whose gap is covered wholly by that
   * something, are merged.
   */
  private void mergeHidden(List<Blob> blobs, boolean[] occluder) {
    boolean merged = true;
    while (merged) {
      merged = false;
      int[] owner = owners(blobs);
      search:
      for (int i = 0; i < blobs.size(); i++) {
        for (int j = i + 1; j < blobs.size(); j++) {
          Blob a = blobs.get(i);
          Blob b = blobs.get(j);
          if (a.label() != b.label()) continue;
          double distance = Math.hypot(a.centroidX() - b.centroidX(), a.centroidY() - b.centroidY());
          double gap = coveredGap(a, b, i + 1, j + 1, owner, occluder);
          // Pieces of one object: close, apart from the width of what hides the middle.
          if (gap < 0 || distance > 2.2 * Math.max(halfDiagonal(a), halfDiagonal(b)) + gap) continue;
          blobs.set(i, union(a, b));
          blobs.remove(j);
          merged = true;
          break search;
        }
      }
    }
  }

  /**
   * The length of the straight gap between the nearest outline pixels of two blobs if it lies
   * wholly on the occluder or on other blobs (within a pixel), so that nothing but something in
   * front separates them; -1 otherwise.
   */
  private double coveredGap(Blob a, Blob b, int ownerA, int ownerB, int[] owner, boolean[] occluder) {
    int[] outlineA = outline(a, owner, ownerA);
    int[] outlineB = outline(b, owner, ownerB);
    int bestA = -1;
    int bestB = -1;
    long best = Long.MAX_VALUE;
    for (int pa : outlineA) {
      int ax = pa % width;
      int ay = pa / width;
      for (int pb : outlineB) {
        long dx = pb % width - ax;
        long dy = pb / width - ay;
        long d = dx * dx + dy * dy;
        if (d < best) {
          best = d;
          bestA = pa;
          bestB = pb;
        }
      }
    }
    if (bestA < 0) return -1;
    double x0 = bestA % width + 0.5;
    double y0 = bestA / width + 0.5;
    double x1 = bestB % width + 0.5;
    double y1 = bestB / width + 0.5;
    int steps = (int) Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
    for (int s = 1; s < steps; s++) {
      int x = (int) (x0 + (x1 - x0) * s / steps);
      int y = (int) (y0 + (y1 - y0) * s / steps);
      if (!covered(x, y, ownerA, ownerB, owner, occluder)) return -1;
    }
    return Math.hypot(x1 - x0, y1 - y0);
  }

  /** A gap point is explained when it, or a neighbour, is occluder or another blob (or one of the two). */
  private boolean covered(int x, int y, int ownerA, int ownerB, int[] owner, boolean[] occluder) {
    for (int ny = Math.max(0, y - 1); ny <= Math.min(height - 1, y + 1); ny++) {
      for (int nx = Math.max(0, x - 1); nx <= Math.min(width - 1, x + 1); nx++) {
        int p = ny * width + nx;
        int o = owner[p];
        if ((occluder != null && occluder[p]) || (o != 0 && o != ownerA && o != ownerB)) return true;
      }
    }
    int o = owner[y * width + x];
    return o == ownerA || o == ownerB;
  }

  /** Pixels of the blob with a 4-neighbour outside it. */
  private int[] outline(Blob blob, int[] owner, int id) {
    return java.util.Arrays.stream(blob.pixels()).filter(p -> {
      int x = p % width;
      int y = p / width;
      return x == 0 || y == 0 || x == width - 1 || y == height - 1
          || owner[p - 1] != id || owner[p + 1] != id || owner[p - width] != id || owner[p + width] != id;
    }).toArray();
  }

  private static double halfDiagonal(Blob b) {
    return Math.hypot(b.boxWidth(), b.boxHeight()) / 2;
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
    boolean border = blob.minX() == 0 || blob.minY() == 0 || blob.maxX() == width - 1 || blob.maxY() == height - 1;
    boolean nearOthers = owner != null && near(blob, p -> owner[p] != 0 && owner[p] != id);
    boolean nearOccluder = occluder != null && near(blob, p -> occluder[p]);
    double x = features.centroidX();
    double y = features.centroidY();
    // Silhouette radius as the template's bounding radius (a box's corner reaches 0.96 of it).
    double radius = features.radius() / ShapeTemplate.extent(shape);
    double orientation = orientation(shape, features);
    TemplateFit fit = null;
    if (border || nearOthers || nearOccluder) {
      fit = fitVisible(blob, features, owner, id, occluder, radius);
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

  /**
   * The template fit of a partly hidden blob, or null when the free outline is too short or no
   * template fits it well. Free outline pixels are those more than two pixels from another blob,
   * the occluder and the frame edge; the rims of small holes (eyes, mouth, highlight) are details,
   * not outline, and are left out.
   */
  private TemplateFit fitVisible(Blob blob, ShapeFeatures features, int[] owner, int id, boolean[] occluder, double radius) {
    boolean[] smallHole = new boolean[width * height];
    for (Hole hole : features.holes()) {
      if (hole.area() >= 0.1 * features.filledArea()) continue;
      int[] c = hole.coordinates();
      for (int i = 0; i < c.length; i += 2) smallHole[c[i + 1] * width + c[i]] = true;
    }
    boolean[] mine = new boolean[width * height];
    for (int p : blob.pixels()) mine[p] = true;
    List<Double> outline = new ArrayList<>();
    for (int p : blob.pixels()) {
      int px = p % width;
      int py = p / width;
      if (px < 3 || py < 3 || px >= width - 3 || py >= height - 3) continue;
      boolean edge = false;
      for (int q : new int[] {p - 1, p + 1, p - width, p + width}) edge |= !mine[q] && !smallHole[q];
      if (!edge) continue;
      if (nearAt(px, py, q -> (owner != null && owner[q] != 0 && owner[q] != id) || (occluder != null && occluder[q]))) continue;
      outline.add(px + 0.5);
      outline.add(py + 0.5);
    }
    if (outline.size() / 2 < 12) return null;
    double[] points = outline.stream().mapToDouble(Double::doubleValue).toArray();
    int step = Math.max(1, blob.area() / 60);
    double[] inside = new double[2 * ((blob.area() + step - 1) / step)];
    for (int i = 0, k = 0; i < blob.area(); i += step, k++) {
      inside[2 * k] = blob.pixels()[i] % width + 0.5;
      inside[2 * k + 1] = blob.pixels()[i] / width + 0.5;
    }
    TemplateFit fit = TemplateFit.best(points, inside, features.centroidX(), features.centroidY(), radius);
    return fit.good() ? fit : null;
  }

  private boolean nearAt(int x, int y, java.util.function.IntPredicate test) {
    for (int ny = Math.max(0, y - 2); ny <= Math.min(height - 1, y + 2); ny++) {
      for (int nx = Math.max(0, x - 2); nx <= Math.min(width - 1, x + 2); nx++) {
        if (test.test(ny * width + nx)) return true;
      }
    }
    return false;
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
