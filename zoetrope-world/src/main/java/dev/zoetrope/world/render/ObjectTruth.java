package dev.zoetrope.world.render;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.zoetrope.world.scene.Colour;
import dev.zoetrope.world.scene.Shape;

/**
 * Ground truth of one object in one frame.
 *
 * @param object index in {@code Scene.objects()}
 * @param z drawing order: higher is nearer the viewer (objects are drawn in list order; the
 *     occluder is in front of all of them)
 * @param colour the named colour the object shows now (during a colour change, the nearer one)
 * @param rgb the exact body colour now, packed 0xRRGGBB
 * @param centreX screen position of the shape's centre (may lie outside the frame)
 * @param radius screen radius of the shape's bounding circle in pixels
 * @param angle rotation in radians (clockwise on screen)
 * @param box visible pixels' bounding box, or null when nothing is visible
 * @param centroidX coverage-weighted centroid of the visible pixels (NaN when invisible)
 * @param visibleFraction visible area / full area of the shape, in [0, 1]
 * @param mask visible coverage
 */
public record ObjectTruth(
    int object,
    Shape shape,
    int z,
    Colour colour,
    int rgb,
    double centreX,
    double centreY,
    double radius,
    double angle,
    Box box,
    double centroidX,
    double centroidY,
    double visibleFraction,
    @JsonIgnore Mask mask) {

  public boolean visible() {
    return box != null;
  }
}
