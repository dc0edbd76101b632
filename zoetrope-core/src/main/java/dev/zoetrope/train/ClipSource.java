package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.world.video.Video;

/**
 * Where training clips come from. A source must be deterministic in the {@link Rng} it is handed,
 * so that a resumed run sees exactly the clips the uninterrupted run would have seen.
 */
public interface ClipSource {
  /** A captioned clip of exactly the bucket's frames, height and width. */
  Clip clip(Bucket bucket, Rng rng);

  /** One line for the model card. */
  String describe();

  record Clip(Video video, String caption) {}
}
