package dev.zoetrope.data;

import dev.zoetrope.world.scene.Scene;
import java.util.List;

/**
 * Captions for a rendered scene; the first is the one to train on, the rest are alternatives
 * (detailed, paraphrases). An empty list stores the clip uncaptioned (its scene and facts are still
 * in the index, so captions can be added later).
 */
@FunctionalInterface
public interface CaptionSource {
  List<String> captions(Scene scene, long seed);

  CaptionSource NONE = (scene, seed) -> List.of();
}
