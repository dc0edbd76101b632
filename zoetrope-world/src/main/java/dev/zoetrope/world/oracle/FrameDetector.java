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
   * covers about 2% of the short side squared; blobs under a tenth of that are noise or fringes.
   */
  public FrameDetector(int width, int height) {
    this.width = width;
    this.height = height;
    int side = Math.min(width, height);
    this.minArea = Math.max(5, (int) Math.round(0.002 * side * side));
    this.minInterior = Math.max(1, minArea / 6);
  }

  public int minArea() {
    return minArea;
  }

  /** Detections of frame {@code index}, given its palette labels. */
  public List<Detection> detect(int index, byte[] labels) {
    List<Detection> detections = new ArrayList<>();
    for (Blob blob : ComponentFinder.find(labels, width, height, minArea, minInterior)) {
      detections.add(describe(index, blob));
    }
    return detections;
  }

  Detection describe(int index, Blob blob) {
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
        blob,
        features);
  }

  private static double orientation(Shape shape, ShapeFeatures features) {
    if (shape == Shape.CREATURE) return FaceReader.upAngle(features.holes());
    int folds = ShapeClassifier.folds(shape);
    return folds == 0 ? Double.NaN : features.profile().orientation(folds);
  }
}
