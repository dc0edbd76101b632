package dev.zoetrope.world.scene;

import java.util.List;
import java.util.Objects;

/**
 * A complete scene: everything the renderer needs, independent of frame size, fps and duration.
 * {@code occluder} and {@code relation} may be null; {@code relation} relates objects 0 and 1.
 * {@code gravity} is in normalised heights per second squared, {@code restitution} in [0, 1).
 */
public record Scene(
    long seed,
    Background background,
    Camera camera,
    List<SceneObject> objects,
    Occluder occluder,
    Relation relation,
    double gravity,
    double restitution) {
  public Scene {
    Objects.requireNonNull(background, "background");
    Objects.requireNonNull(camera, "camera");
    objects = List.copyOf(objects);
    if (objects.isEmpty() || objects.size() > 3) {
      throw new IllegalArgumentException("a scene has 1 to 3 objects, not " + objects.size());
    }
    if (relation != null && objects.size() < 2) {
      throw new IllegalArgumentException("a relation needs two objects");
    }
    if (restitution < 0 || restitution >= 1) throw new IllegalArgumentException("restitution");
  }
}
