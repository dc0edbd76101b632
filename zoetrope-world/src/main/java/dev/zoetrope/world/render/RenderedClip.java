package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import dev.zoetrope.world.video.Video;
import java.util.List;
import java.util.Objects;

/** A rendered scene: the frames and, for each frame, its ground truth. */
public record RenderedClip(Scene scene, RenderSpec spec, Video video, List<FrameTruth> truth) {
  public RenderedClip {
    Objects.requireNonNull(scene, "scene");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(video, "video");
    truth = List.copyOf(truth);
    if (truth.size() != video.frameCount()) {
      throw new IllegalArgumentException(truth.size() + " truths for " + video.frameCount() + " frames");
    }
  }

  /** Every floor contact of the clip, in time order. */
  public List<ContactEvent> contacts() {
    return truth.stream().flatMap(t -> t.contacts().stream()).toList();
  }
}
