package dev.zoetrope.world.render;

import java.util.List;

/**
 * Everything true about one rendered frame.
 *
 * @param contacts floor contacts that happened after the previous frame, up to this one
 * @param occluder null when the scene has none
 */
public record FrameTruth(
    int index,
    double time,
    CameraTransform camera,
    List<ObjectTruth> objects,
    OccluderTruth occluder,
    List<ContactEvent> contacts) {
  public FrameTruth {
    objects = List.copyOf(objects);
    contacts = List.copyOf(contacts);
  }

  public ObjectTruth object(int index) {
    return objects.get(index);
  }
}
