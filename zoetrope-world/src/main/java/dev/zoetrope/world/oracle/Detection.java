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
 * @param radius the shape's bounding-circle radius in pixels (its template radius)
 * @param orientation angle of a corner or of the face's "up" (radians), NaN for round shapes
 * @param touchesBorder the blob reaches the frame edge, so part of it may be outside
 * @param cut part of the object may be hidden: it touches the frame edge, the occluder or another
 *     object (or is merged with one), so its outline is not to be trusted
 * @param hidden part of the object may be out of sight for good reason: beyond the frame edge or
 *     behind the occluder (not merely overlapping another object)
 * @param fitted a shape template was fitted to the visible outline: class, centre and radius
 *     come from the fit and hold however much is hidden
 * @param estimated the object was merged into another's blob; its position is the track's
 *     prediction, not a measurement
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
    boolean cut,
    boolean hidden,
    boolean estimated,
    boolean fitted,
    Blob blob,
    ShapeFeatures features) {
  public Detection {
    Objects.requireNonNull(colour, "colour");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(expression, "expression");
  }

  /** This blob as seen by a track whose object merged into it: position predicted, outline untrusted. */
  public Detection mergedAt(double predictedX, double predictedY) {
    return new Detection(frame, colour, shape, expression, predictedX, predictedY, area, radius, orientation,
        touchesBorder, true, hidden, true, false, blob, features);
  }
}
