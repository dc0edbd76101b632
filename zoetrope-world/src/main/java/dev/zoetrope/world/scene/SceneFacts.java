package dev.zoetrope.world.scene;

import java.util.List;

/**
 * What a caption states about a scene: a partial {@link Scene}. Null fields are unstated. The
 * number of objects is {@code objects.size()}.
 */
public record SceneFacts(
    List<ObjectFacts> objects,
    Background background,
    Camera camera,
    OccluderKind occluder,
    Relation relation) {
  public SceneFacts {
    objects = List.copyOf(objects);
  }

  /** Every fact of a fully specified scene. */
  public static SceneFacts of(Scene scene) {
    return new SceneFacts(
        scene.objects().stream().map(ObjectFacts::of).toList(),
        scene.background(),
        scene.camera(),
        scene.occluder() == null ? null : scene.occluder().kind(),
        scene.relation());
  }
}
