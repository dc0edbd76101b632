package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Scopes;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.vae.Pixels;
import dev.zoetrope.vae.Psnr;
import dev.zoetrope.vae.VideoAutoencoder;
import dev.zoetrope.world.video.Video;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reconstruction PSNR of an autoencoder per bucket, on fresh clips from a fixed seed. */
public final class AutoencoderEvaluation {
  private AutoencoderEvaluation() {}

  public static Map<Bucket, Double> psnrPerBucket(VideoAutoencoder autoencoder, ClipSource clips, List<Bucket> buckets, int clipsPerBucket, long seed) {
    Map<Bucket, Double> result = new LinkedHashMap<>();
    Rng rng = new Rng(seed);
    for (Bucket bucket : buckets) {
      double sum = 0;
      for (int i = 0; i < clipsPerBucket; i++) {
        Video video = clips.clip(bucket, rng).video();
        sum += Psnr.of(video, reconstruct(autoencoder, video));
      }
      result.put(bucket, sum / clipsPerBucket);
    }
    return result;
  }

  public static Video reconstruct(VideoAutoencoder autoencoder, Video video) {
    int frames = video.frameCount(), h = video.height(), w = video.width();
    float[] out = Scopes.compute(manager -> {
      var pixels = Tensors.of(manager, Pixels.toFloats(video, 0, frames), 1, 3, frames, h, w); // (1, 3, T, H, W)
      return autoencoder.decode(autoencoder.encode(pixels)).toFloatArray();
    });
    return new Video(w, h, video.fps(), Pixels.toFrames(out, frames, h, w));
  }
}
