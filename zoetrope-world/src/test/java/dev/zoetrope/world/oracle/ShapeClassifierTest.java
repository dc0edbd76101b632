package dev.zoetrope.world.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeClassifierTest {
  private static final double[] RADII = {6, 7, 9, 12, 16, 22};
  private static final double[] ANGLES = {0, 0.2, 0.45, 0.7, 1.1, 2.3};

  @Test
  void namesEveryShapeAtEverySizeAndTurn() {
    List<String> wrong = new ArrayList<>();
    int total = 0;
    for (Shape shape : Shape.values()) {
      for (double r : RADII) {
        for (double angle : ANGLES) {
          Detection d = only(draw(shape, r, angle, Expression.SMILE));
          total++;
          if (d.shape() != shape) wrong.add(shape + " r=" + r + " a=" + angle + " -> " + d.shape());
        }
      }
    }
    // Six-pixel shapes are at the limit of the pixel grid: allow one slip in a hundred.
    assertEquals(true, wrong.size() <= total / 100, wrong.toString());
  }

  @Test
  void readsSmilesAndFrownsOnUprightAndTurnedFaces() {
    for (double r : new double[] {9, 12, 18}) {
      for (double angle : new double[] {0, 0.4, 1.6, 3.1}) {
        for (Expression e : new Expression[] {Expression.SMILE, Expression.FROWN}) {
          Detection d = only(draw(Shape.CREATURE, r, angle, e));
          assertEquals(e, d.expression(), "r=" + r + " angle=" + angle);
          // The face's up points from mouth to eyes: upright is -pi/2 in image coordinates.
          double expected = -Math.PI / 2 + angle;
          assertEquals(0, Math.sin(d.orientation() - expected), 0.2, "up angle r=" + r + " a=" + angle);
        }
      }
    }
  }

  @Test
  void measuresTheTextbookFeatureValues() {
    ShapeFeatures disc = only(draw(Shape.BALL, 24, 0, Expression.NONE)).features();
    assertEquals(1.0, disc.circularity(), 0.06);
    assertEquals(0, disc.vertices());
    assertEquals(Math.PI / 4, disc.fillRatio(), 0.03);
    ShapeFeatures square = only(draw(Shape.BOX, 24, Math.PI / 4, Expression.NONE)).features();
    assertEquals(2 / Math.PI, square.circularity(), 0.04);
    assertEquals(1.0, square.fillRatio(), 0.08);
    assertEquals(4, square.vertices());
    ShapeFeatures triangle = only(draw(Shape.TRIANGLE, 24, 0, Expression.NONE)).features();
    assertEquals(3 * Math.sqrt(3) / (4 * Math.PI), triangle.circularity(), 0.04);
    assertEquals(3, triangle.vertices());
    ShapeFeatures star = only(draw(Shape.STAR, 24, 0, Expression.NONE)).features();
    assertEquals(5, star.vertices());
    assertEquals(true, star.solidity() < 0.7, "star solidity " + star.solidity());
    ShapeFeatures ring = only(draw(Shape.RING, 24, 0, Expression.NONE)).features();
    assertEquals(1, ring.holes().size());
    assertEquals(0.55 * 0.55, ring.holeFraction(), 0.04);
  }

  @Test
  void orientationFollowsACornerModuloTheSymmetry() {
    for (double angle : new double[] {0.1, 0.5, 0.9}) {
      Detection d = only(draw(Shape.BOX, 20, angle, Expression.NONE));
      double period = Math.PI / 2;
      double difference = Math.IEEEremainder(d.orientation() - angle, period);
      assertEquals(0, difference, 0.06, "angle " + angle);
    }
  }

  static Sketch draw(Shape shape, double r, double angle, Expression expression) {
    Sketch s = new Sketch(64, 64, 0x9BB4C8);
    double cx = 32.3;
    double cy = 31.6;
    Colour c = Colour.values()[(int) (r + angle * 10) % Colour.values().length];
    switch (shape) {
      case BALL -> s.disc(cx, cy, r, c);
      case BOX -> s.polygon(cx, cy, r, 4, angle, c);
      case TRIANGLE -> s.polygon(cx, cy, r, 3, angle, c);
      case STAR -> s.star(cx, cy, r, angle, c);
      case RING -> s.ring(cx, cy, r, c);
      case CREATURE -> s.creature(cx, cy, r, c, expression, angle);
    }
    return s;
  }

  static Detection only(Sketch s) {
    FrameDetector detector = new FrameDetector(s.width, s.height);
    List<Detection> detections = detector.detect(0, PaletteLabeller.label(s.rgb, s.width, s.height));
    assertEquals(1, detections.size(), "detections: " + detections.stream().map(Detection::shape).toList());
    return detections.get(0);
  }
}
