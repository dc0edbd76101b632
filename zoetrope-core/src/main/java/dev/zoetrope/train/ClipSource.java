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

  /**
   * A captioned clip: its pixels, or (from a {@link LatentCache}) its autoencoder latent
   * {@code (C, F, h, w)} instead, with {@code video} null. {@code objects}, when the source knows
   * where its objects are (the procedural world), is 1 inside an object's box and 0 elsewhere,
   * {@code (frames, height, width)}; null otherwise.
   */
  record Clip(Video video, String caption, Latent latent, float[] objects) {
    public Clip {
      if (objects != null && (video == null || objects.length != video.frameCount() * video.height() * video.width())) {
        throw new IllegalArgumentException("an object map needs the clip's pixels and one value per pixel");
      }
    }

    public Clip(Video video, String caption) {
      this(video, caption, null, null);
    }

    public Clip(Video video, String caption, Latent latent) {
      this(video, caption, latent, null);
    }
  }

  /**
   * One clip's latent, (C, F, h, w) as flat floats, and its first frame encoded alone (C, 1, h, w):
   * what an image encodes to. It differs a little from the video latent's first frame because the
   * encoder's group norms see the whole clip. {@code objects}, when the clip marked its objects, is
   * their coverage of each latent position (F, h, w) ({@link ObjectMaps}); null otherwise.
   */
  record Latent(float[] values, float[] image, int channels, int frames, int height, int width, float[] objects) {
    public Latent {
      if (values.length != channels * frames * height * width || image.length != channels * height * width) {
        throw new IllegalArgumentException("latent size does not match its shape");
      }
      if (objects != null && objects.length != frames * height * width) {
        throw new IllegalArgumentException("latent object map size does not match the latent's frames, height and width");
      }
    }

    public Latent(float[] values, float[] image, int channels, int frames, int height, int width) {
      this(values, image, channels, frames, height, width, null);
    }
  }
}
