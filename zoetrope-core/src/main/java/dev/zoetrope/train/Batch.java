package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.vae.Pixels;
import java.util.ArrayList;
import java.util.List;

/** A bucketed batch: pixels (B, 3, T, H, W) in [-1, 1] as flat floats, and one caption per sample. */
public record Batch(Bucket bucket, float[] pixels, List<String> captions) {

  public int size() {
    return captions.size();
  }

  public static Batch draw(ClipSource source, Bucket bucket, int size, Rng rng) {
    int perSample = 3 * bucket.frames() * bucket.height() * bucket.width();
    float[] pixels = new float[size * perSample];
    List<String> captions = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ClipSource.Clip clip = source.clip(bucket, rng);
      if (clip.video().frameCount() != bucket.frames() || clip.video().width() != bucket.width()
          || clip.video().height() != bucket.height()) {
        throw new IllegalStateException("clip source returned a clip that does not match bucket " + bucket);
      }
      System.arraycopy(Pixels.toFloats(clip.video(), 0, bucket.frames()), 0, pixels, i * perSample, perSample);
      captions.add(clip.caption());
    }
    return new Batch(bucket, pixels, captions);
  }

  /** The same batch cut to its first frame: the image task. */
  public Batch firstFrames() {
    int plane = bucket.height() * bucket.width(), frames = bucket.frames();
    float[] out = new float[size() * 3 * plane];
    for (int b = 0; b < size(); b++) {
      for (int c = 0; c < 3; c++) {
        System.arraycopy(pixels, ((b * 3 + c) * frames) * plane, out, (b * 3 + c) * plane, plane);
      }
    }
    return new Batch(new Bucket(1, bucket.height(), bucket.width()), out, captions);
  }
}
