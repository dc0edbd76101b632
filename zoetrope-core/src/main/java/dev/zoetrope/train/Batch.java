package dev.zoetrope.train;

import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.vae.Pixels;
import java.util.ArrayList;
import java.util.List;

/**
 * A bucketed batch with one caption per sample, and either pixels (B, 3, T, H, W) in [-1, 1] or,
 * when the clips come pre-encoded, latents (B, C, F, h, w) of shape {@code latentShape} (C, F, h, w)
 * and each first frame encoded alone (B, C, 1, h, w); the other is null. {@code objects} marks where
 * the objects are when every clip came with its map, else null: for pixels (B, 1, T, H, W), 1 inside
 * an object box ({@link ClipSource.Clip#objects()}); for latents (B, 1, F, h, w), each position's
 * coverage ({@link ClipSource.Latent#objects()}).
 */
public record Batch(
    Bucket bucket, float[] pixels, List<String> captions, float[] latents, int[] latentShape, float[] imageLatents, float[] objects) {

  public Batch(Bucket bucket, float[] pixels, List<String> captions) {
    this(bucket, pixels, captions, null, null, null, null);
  }

  public Batch(Bucket bucket, float[] pixels, List<String> captions, float[] latents, int[] latentShape, float[] imageLatents) {
    this(bucket, pixels, captions, latents, latentShape, imageLatents, null);
  }

  public int size() {
    return captions.size();
  }

  public boolean encoded() {
    return latents != null;
  }

  public static Batch draw(ClipSource source, Bucket bucket, int size, Rng rng) {
    List<ClipSource.Clip> clips = new ArrayList<>();
    for (int i = 0; i < size; i++) clips.add(source.clip(bucket, rng));
    List<String> captions = clips.stream().map(ClipSource.Clip::caption).toList();
    if (clips.get(0).latent() != null) return encodedBatch(bucket, clips, captions);
    int perMap = bucket.frames() * bucket.height() * bucket.width(), perSample = 3 * perMap;
    float[] pixels = new float[size * perSample];
    boolean mapped = clips.stream().allMatch(clip -> clip.objects() != null);
    float[] objects = mapped ? new float[size * perMap] : null;
    for (int i = 0; i < size; i++) {
      var video = clips.get(i).video();
      if (video == null || video.frameCount() != bucket.frames() || video.width() != bucket.width() || video.height() != bucket.height()) {
        throw new IllegalStateException("clip source returned a clip that does not match bucket " + bucket);
      }
      System.arraycopy(Pixels.toFloats(video, 0, bucket.frames()), 0, pixels, i * perSample, perSample);
      if (mapped) System.arraycopy(clips.get(i).objects(), 0, objects, i * perMap, perMap);
    }
    return new Batch(bucket, pixels, captions, null, null, null, objects);
  }

  private static Batch encodedBatch(Bucket bucket, List<ClipSource.Clip> clips, List<String> captions) {
    ClipSource.Latent first = clips.get(0).latent();
    int[] shape = {first.channels(), first.frames(), first.height(), first.width()};
    int perSample = first.values().length;
    int perImage = first.image().length;
    float[] latents = new float[clips.size() * perSample], images = new float[clips.size() * perImage];
    boolean mapped = clips.stream().allMatch(clip -> clip.latent() != null && clip.latent().objects() != null);
    int perMap = shape[1] * shape[2] * shape[3];
    float[] objects = mapped ? new float[clips.size() * perMap] : null;
    for (int i = 0; i < clips.size(); i++) {
      ClipSource.Latent latent = clips.get(i).latent();
      if (latent == null || latent.values().length != perSample) {
        throw new IllegalStateException("clip source mixed latent shapes in bucket " + bucket);
      }
      System.arraycopy(latent.values(), 0, latents, i * perSample, perSample);
      System.arraycopy(latent.image(), 0, images, i * perImage, perImage);
      if (mapped) System.arraycopy(latent.objects(), 0, objects, i * perMap, perMap);
    }
    return new Batch(bucket, null, captions, latents, shape, images, objects);
  }

  /** The same batch cut to its first frame: the image task (a latent batch takes its first frames encoded alone). */
  public Batch firstFrames() {
    Bucket image = new Bucket(1, bucket.height(), bucket.width());
    if (encoded()) {
      int[] shape = {latentShape[0], 1, latentShape[2], latentShape[3]};
      return new Batch(image, null, captions, imageLatents, shape, imageLatents,
          objects == null ? null : firstOf(objects, size(), latentShape[1], latentShape[2] * latentShape[3]));
    }
    int plane = bucket.height() * bucket.width();
    return new Batch(image, firstOf(pixels, size() * 3, bucket.frames(), plane), captions, null, null, null,
        objects == null ? null : firstOf(objects, size(), bucket.frames(), plane));
  }

  /** (N, frames, plane) -> (N, 1, plane). */
  private static float[] firstOf(float[] values, int rows, int frames, int plane) {
    float[] out = new float[rows * plane];
    for (int r = 0; r < rows; r++) System.arraycopy(values, r * frames * plane, out, r * plane, plane);
    return out;
  }
}
