package dev.zoetrope.train;

/**
 * A clip's object map ({@link ClipSource.Clip#objects()}: 1 inside an object box, 0 elsewhere, per
 * pixel) brought to the latent grid, so a transformer's loss can weight the latent positions where
 * objects are. Latent frame 0 encodes pixel frame 0 alone; latent frame k &gt; 0 encodes pixel frames
 * 1 + (k − 1)·temporal … k·temporal (the causal autoencoder's layout). Each latent position gets the
 * share of its pixels, over those frames, that lie in a box: a position half covered counts half.
 */
public final class ObjectMaps {
  private ObjectMaps() {}

  /** (frames, height, width) pixel map -> (1 + (frames − 1) / temporal, height / spatial, width / spatial) coverage in [0, 1]. */
  public static float[] toLatent(float[] objects, int frames, int height, int width, int temporal, int spatial) {
    return toLatent(objects, 1, frames, height, width, temporal, spatial);
  }

  /** {@code maps} such maps one after another, (maps, frames, height, width) -> (maps, F, h, w): a batch's at once. */
  public static float[] toLatent(float[] objects, int maps, int frames, int height, int width, int temporal, int spatial) {
    if (maps < 1 || objects.length != maps * frames * height * width) {
      throw new IllegalArgumentException("object map size does not match its shape");
    }
    if ((frames - 1) % temporal != 0 || height % spatial != 0 || width % spatial != 0) {
      throw new IllegalArgumentException("a " + frames + "x" + height + "x" + width + " map does not fold by " + temporal + " in time and "
          + spatial + " in space");
    }
    int latentFrames = 1 + (frames - 1) / temporal, h = height / spatial, w = width / spatial;
    float[] out = new float[maps * latentFrames * h * w];
    for (int map = 0; map < maps; map++) {
      for (int k = 0; k < latentFrames; k++) {
        int first = k == 0 ? 0 : 1 + (k - 1) * temporal, last = k == 0 ? 0 : k * temporal;
        float share = 1f / ((last - first + 1) * spatial * spatial);
        for (int frame = first; frame <= last; frame++) {
          for (int y = 0; y < height; y++) {
            int row = ((map * latentFrames + k) * h + y / spatial) * w, pixels = ((map * frames + frame) * height + y) * width;
            for (int x = 0; x < width; x++) out[row + x / spatial] += objects[pixels + x] * share;
          }
        }
      }
    }
    return out;
  }
}
