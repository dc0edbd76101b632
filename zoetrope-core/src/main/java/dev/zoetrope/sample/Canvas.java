package dev.zoetrope.sample;

/**
 * What is known before sampling one window, as data: the latent grid (C, F, h, w), the given
 * latent frames (values where {@code givenFrames[f] = 1}, ignored elsewhere), the noise level
 * {@code givenNoise} they are handed to the model at (0 = clean; a model trained with context
 * noise takes a long video's own frames slightly noised) and, for SDEdit, a source latent to start
 * from at {@code strength} instead of pure noise.
 */
public record Canvas(int channels, int frames, int height, int width, float[] given, float[] givenFrames, float[] source, double strength,
    double givenNoise) {

  public Canvas {
    int size = channels * frames * height * width;
    if (given == null) given = new float[size];
    if (givenFrames == null) givenFrames = new float[frames];
    if (given.length != size) throw new IllegalArgumentException("given latents have " + given.length + " values, grid needs " + size);
    if (givenFrames.length != frames) throw new IllegalArgumentException("givenFrames needs " + frames + " entries");
    if (source != null && source.length != size) throw new IllegalArgumentException("source latent does not match the grid");
    if (!(strength > 0 && strength <= 1)) throw new IllegalArgumentException("strength must be in (0, 1]");
    if (!(givenNoise >= 0 && givenNoise < 1)) throw new IllegalArgumentException("givenNoise must be in [0, 1), got " + givenNoise);
    int givenCount = 0;
    for (float g : givenFrames) givenCount += g > 0 ? 1 : 0;
    if (givenCount == frames) throw new IllegalArgumentException("every latent frame is given: nothing to generate");
  }

  /** Given frames handed over clean. */
  public Canvas(int channels, int frames, int height, int width, float[] given, float[] givenFrames, float[] source, double strength) {
    this(channels, frames, height, width, given, givenFrames, source, strength, 0);
  }

  /** Pure generation: nothing given, start from noise. */
  public static Canvas empty(int channels, int frames, int height, int width) {
    return new Canvas(channels, frames, height, width, null, null, null, 1.0);
  }

  /**
   * The given frames as the model sees them: (1 − c)·given + c·ε at c = {@code givenNoise}, with
   * {@code noise} (one value per grid position) for ε; this canvas itself when c is 0.
   */
  Canvas noisedGiven(float[] noise) {
    if (givenNoise == 0) return this;
    float[] noised = new float[given.length];
    for (int i = 0; i < noised.length; i++) noised[i] = (float) ((1 - givenNoise) * given[i] + givenNoise * noise[i]);
    return new Canvas(channels, frames, height, width, noised, givenFrames, source, strength, givenNoise);
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
