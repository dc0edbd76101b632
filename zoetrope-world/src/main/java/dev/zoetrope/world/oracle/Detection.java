package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Expression;
import dev.zoetrope.world.scene.Shape;
import java.util.Objects;

/**
 * One object seen in one frame.
 *
 * @param x centroid x of the filled blob, frame pixels
 * @param area filled area in pixels
 * @param radius bounding-circle radius in pixels
 * @param orientation angle of a corner or of the face's "up" (radians), NaN for round shapes
 * @param touchesBorder the blob reaches the frame edge, so part of it may be outside
 */
public record Detection(
    int frame,
    Colour colour,
    Shape shape,
    Expression expression,
    double x,
    double y,
    double area,
    double radius,
    double orientation,
    boolean touchesBorder,
    Blob blob,
    ShapeFeatures features) {
  public Detection {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(expression, "expression");
  }
}
