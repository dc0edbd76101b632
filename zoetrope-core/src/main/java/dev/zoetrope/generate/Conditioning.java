package dev.zoetrope.generate;

import dev.zoetrope.world.video.Video;
import java.util.Objects;

/**
 * The task of one generation, as data: every mode runs the same sampling loop and differs only in
 * the latent canvas and "given" mask this builds (DESIGN.md §2).
 */
public sealed interface Conditioning {

  /** Text (or an image, when the request asks for one frame): nothing is given. */
  record TextOnly() implements Conditioning {}

  /** Animate an image: its frame is the first latent frame, given. */
  record ImageToVideo(Video image) implements Conditioning {
    public ImageToVideo {
      Objects.requireNonNull(image, "image");
      if (image.frameCount() < 1) throw new IllegalArgumentException("image has no frame");
    }
  }

  /**
   * Extend a video: forward, the end of {@code input} opens the new window; backward, its start
   * closes it. {@code loop} asks for a forward extension whose last frames match the input's first.
   */
  record Extend(Video input, boolean backward, boolean loop) implements Conditioning {
    public Extend {
      Objects.requireNonNull(input, "input");
      if (backward && loop) throw new IllegalArgumentException("--loop extends forward only");
    }
  }

  /** A transition: the end of {@code first} at the start, the start of {@code second} at the end. */
  record Connect(Video first, Video second) implements Conditioning {
    public Connect {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(second, "second");
    }
  }

  /** Video-to-video (SDEdit): start from {@code input}'s latent noised to {@code strength}. */
  record Edit(Video input, double strength) implements Conditioning {
    public Edit {
      Objects.requireNonNull(input, "input");
      if (!(strength > 0 && strength <= 1)) {
        throw new IllegalArgumentException("strength must be in (0, 1], got " + strength);
      }
    }
  }
}
