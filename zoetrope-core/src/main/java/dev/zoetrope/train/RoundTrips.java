package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.vae.Psnr;
import dev.zoetrope.vae.VideoAutoencoder;
import dev.zoetrope.world.video.Video;

/**
 * How an autoencoder's error grows when its own output is encoded again, as a long video does: each
 * window after the first is given the last frames the one before it decoded, re-encoded. Fresh clips
 * from a fixed seed go through encode → decode → bytes {@code trips} times; after each trip the
 * frames are compared with the clip as rendered. With an encoder that reads decoded frames back into
 * their latents the first trip's error (the reconstruction) stays about where it is.
 */
public final class RoundTrips {
  private RoundTrips() {}

  /** The mean PSNR (dB) against the rendered clips after trip 1, 2, …, {@code trips}: one value per trip. */
  public static double[] psnr(VideoAutoencoder autoencoder, ClipSource clips, Bucket bucket, int count, int trips, long seed) {
    if (count < 1 || trips < 1) throw new IllegalArgumentException("clips and trips must be >= 1, got " + count + " and " + trips);
    double[] sums = new double[trips];
    Rng rng = new Rng(seed);
    for (int i = 0; i < count; i++) {
      Video rendered = clips.clip(bucket, rng).video();
      Video video = rendered;
      for (int trip = 0; trip < trips; trip++) {
        video = AutoencoderEvaluation.reconstruct(autoencoder, video); // bytes again, as a window's frames are
        sums[trip] += Psnr.of(rendered, video);
      }
    }
    for (int trip = 0; trip < trips; trip++) sums[trip] /= count;
    return sums;
  }
}
