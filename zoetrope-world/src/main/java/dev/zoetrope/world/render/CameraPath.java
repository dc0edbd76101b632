package dev.zoetrope.world.render;

import static dev.zoetrope.world.render.WorldConstants.PAN_SPEED;
import static dev.zoetrope.world.render.WorldConstants.ZOOM_RATE;

import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.RenderSpec;

/**
 * The camera over time. A pan moves the view at {@link WorldConstants#PAN_SPEED} units per second
 * (so the world slides the other way on screen); a zoom scales about the frame centre by
 * {@code exp(±ZOOM_RATE · t)}.
 */
public final class CameraPath {
  private CameraPath() {}

  public static CameraTransform at(Camera camera, RenderSpec spec, double t) {
    int width = spec.width(), height = spec.height();
    double step = PAN_SPEED * Math.min(width, height) * t;
    double centreX = width / 2.0, centreY = height / 2.0, zoom = 1;
    switch (camera) {
      case STATIC -> {}
      case PAN_LEFT -> centreX -= step;
      case PAN_RIGHT -> centreX += step;
      case PAN_UP -> centreY -= step;
      case PAN_DOWN -> centreY += step;
      case ZOOM_IN -> zoom = StrictMath.exp(ZOOM_RATE * t);
      case ZOOM_OUT -> zoom = StrictMath.exp(-ZOOM_RATE * t);
    }
    return new CameraTransform(centreX, centreY, zoom, width, height);
  }
}
