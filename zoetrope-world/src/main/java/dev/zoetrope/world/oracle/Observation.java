package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.List;

/**
 * Everything the oracle read from one video: per-frame detections, tracks, the objects they make,
 * the camera path, and the scene-level facts.
 *
 * @param background null when the background matches no known one
 * @param occluder null when no occluder was seen
 * @param bands the occluder's columns in each frame (null entries where none was seen)
 */
public record Observation(
    int width,
    int height,
    double fps,
    List<List<Detection>> detections,
    List<Track> tracks,
    List<ObjectObservation> objects,
    CameraPath camera,
    Background background,
    OccluderKind occluder,
    List<SurfaceReader.Band> bands) {
  public Observation {
    bands = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(bands));
    detections = List.copyOf(detections);
    tracks = List.copyOf(tracks);
    objects = List.copyOf(objects);
  }

  public int frames() {
    return detections.size();
  }

  public Camera cameraMotion() {
    return camera.classify();
  }

  /**
   * The relation of {@code first} to {@code second} in the first frame that shows both, judged on
   * the axis where they are further apart (in pixels); null if never seen together.
   */
  public Relation relation(ObjectObservation first, ObjectObservation second) {
    for (Detection a : first.track().detections()) {
      for (Detection b : second.track().detections()) {
        if (a.frame() != b.frame()) continue;
        double dx = a.x() - b.x();
        double dy = a.y() - b.y();
        if (Math.abs(dx) >= Math.abs(dy)) return dx < 0 ? Relation.LEFT_OF : Relation.RIGHT_OF;
        return dy < 0 ? Relation.ABOVE : Relation.BELOW;
      }
    }
    return null;
  }

  /** The observed facts: objects in order of appearance; the relation of the first two. */
  public SceneFacts facts() {
    List<ObjectFacts> objectFacts = objects.stream().map(ObjectObservation::facts).toList();
    Relation relation = objects.size() >= 2 ? relation(objects.get(0), objects.get(1)) : null;
    return new SceneFacts(objectFacts, background, cameraMotion(), occluder, relation);
  }
}
