package dev.zoetrope.sample;

/**
 * What is known before sampling one window, as data: the latent grid (C, F, h, w), the given
 * latent frames (values where {@code givenFrames[f] = 1}, ignored elsewhere) and, for SDEdit, a
 * source latent to start from at {@code strength} instead of pure noise.
 */
public record Canvas(int channels, int frames, int height, int width, float[] given, float[] givenFrames, float[] source, double strength) {

  public Canvas {
    int size = channels * frames * height * width;
    if (given == null) given = new float[size];
    if (givenFrames == null) givenFrames = new float[frames];
    if (given.length != size) throw new IllegalArgumentException("given latents have " + given.length + " values, grid needs " + size);
    if (givenFrames.length != frames) throw new IllegalArgumentException("givenFrames needs " + frames + " entries");
    if (source != null && source.length != size) throw new IllegalArgumentException("source latent does not match the grid");
    if (!(strength > 0 && strength <= 1)) throw new IllegalArgumentException("strength must be in (0, 1]");
    int givenCount = 0;
    for (float g : givenFrames) givenCount += g > 0 ? 1 : 0;
    if (givenCount == frames) throw new IllegalArgumentException("every latent frame is given: nothing to generate");
  }

  /** Pure generation: nothing given, start from noise. */
  public static Canvas empty(int channels, int frames, int height, int width) {
    return new Canvas(channels, frames, height, width, null, null, null, 1.0);
  }

  public int size() {
    return channels * frames * height * width;
  }

  public int tokens(int patchSize) {
    return frames * (height / patchSize) * (width / patchSize);
  }

  /** Overwrites the given frames of {@code x} with their given values. */
  void paste(float[] x) {
    int frameSize = height * width;
    for (int c = 0; c < channels; c++) {
      for (int f = 0; f < frames; f++) {
        if (givenFrames[f] > 0) {
          int offset = (c * frames + f) * frameSize;
          System.arraycopy(given, offset, x, offset, frameSize);
        }
      }
    }
  }
}
