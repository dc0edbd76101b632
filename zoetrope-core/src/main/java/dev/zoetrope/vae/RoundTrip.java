package dev.zoetrope.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.world.video.Video;
import java.util.ArrayList;
import java.util.List;

/**
 * A video through the autoencoder and back (encode to the mean latent, decode): what the
 * transformer's best possible latent would decode to. Long videos go through in windows, each
 * encoded on its own (its first frame alone, as the causal encoder does); a short last window is
 * padded with its last frame to a length the encoder takes and the padding dropped again.
 */
public final class RoundTrip {
  private RoundTrip() {}

  /** The reconstruction of {@code video}, {@code windowFrames} (1 + a multiple of the temporal downsampling) at a time. */
  public static Video reconstruct(VideoAutoencoder autoencoder, Video video, int windowFrames) {
    int t = autoencoder.config().temporalDownsample();
    if (windowFrames < 1 || (windowFrames - 1) % t != 0) {
      throw new IllegalArgumentException("window of " + windowFrames + " frames; it must be 1 + a multiple of " + t);
    }
    int width = video.width();
    int height = video.height();
    List<byte[]> out = new ArrayList<>(video.frameCount());
    for (int from = 0; from < video.frameCount(); from += windowFrames) {
      int count = Math.min(windowFrames, video.frameCount() - from);
      int padded = 1 + t * ((count - 1 + t - 1) / t);
      List<byte[]> frames = new ArrayList<>(video.frames().subList(from, from + count));
      while (frames.size() < padded) frames.add(frames.get(count - 1));
      Video window = new Video(width, height, video.fps(), frames);
      try (NDManager manager = Compute.newManager()) {
        NDArray pixels = Tensors.of(manager, Pixels.toFloats(window, 0, padded), 1, 3, padded, height, width);
        float[] decoded = Tensors.floats(autoencoder.decode(autoencoder.encode(pixels)));
        out.addAll(Pixels.toFrames(decoded, padded, height, width).subList(0, count));
      }
    }
    return new Video(width, height, video.fps(), out);
  }
}
