package dev.zoetrope.config;

import java.util.List;

/**
 * The causal video autoencoder. Pixels are first folded space-to-depth by {@code pixelPatch}, then
 * each of {@code widths.size() - 1} stages halves height and width (and time, in the first
 * log2(temporalDownsample) stages). {@code latentScale} maps latents to roughly unit variance for
 * the diffusion model; it is measured after training.
 */
public record AutoencoderConfig(
    int latentChannels,
    List<Integer> widths,
    int pixelPatch,
    int spatialDownsample,
    int temporalDownsample,
    int groups,
    double latentScale) {

  public AutoencoderConfig {
    widths = List.copyOf(widths);
    if (latentChannels < 1) throw new IllegalArgumentException("latentChannels must be >= 1");
    requirePowerOfTwo("pixelPatch", pixelPatch);
    requirePowerOfTwo("spatialDownsample", spatialDownsample);
    requirePowerOfTwo("temporalDownsample", temporalDownsample);
    if (spatialDownsample < pixelPatch) {
      throw new IllegalArgumentException("spatialDownsample " + spatialDownsample + " < pixelPatch " + pixelPatch);
    }
    int stages = log2(spatialDownsample / pixelPatch);
    if (widths.size() != stages + 1) {
      throw new IllegalArgumentException(
          "widths needs " + (stages + 1) + " entries for spatial x" + spatialDownsample
              + " with pixel patch " + pixelPatch + ", got " + widths);
    }
    if (log2(temporalDownsample) > stages) {
      throw new IllegalArgumentException("temporalDownsample x" + temporalDownsample + " needs more spatial stages");
    }
    for (int width : widths) {
      if (width < groups || width % groups != 0) {
        throw new IllegalArgumentException("width " + width + " is not a multiple of groups " + groups);
      }
    }
    if (!(latentScale > 0)) throw new IllegalArgumentException("latentScale must be > 0");
  }

  public int stages() {
    return widths.size() - 1;
  }

  public int temporalStages() {
    return log2(temporalDownsample);
  }

  /** Latent frames for {@code frames} pixel frames (1 + 4k -> 1 + k). */
  public int latentFrames(int frames) {
    checkFrames(frames);
    return 1 + (frames - 1) / temporalDownsample;
  }

  public int pixelFrames(int latentFrames) {
    return 1 + (latentFrames - 1) * temporalDownsample;
  }

  /** Clips have 1 + k·temporalDownsample frames: the first is encoded alone. */
  public void checkFrames(int frames) {
    if (frames < 1 || (frames - 1) % temporalDownsample != 0) {
      throw new IllegalArgumentException(
          "frames must be 1 + a multiple of " + temporalDownsample + " (e.g. 1, "
              + (1 + temporalDownsample) + ", " + (1 + 2 * temporalDownsample) + "), got " + frames);
    }
  }

  public void checkSize(int width, int height, int multiple) {
    if (width % multiple != 0 || height % multiple != 0) {
      throw new IllegalArgumentException(
          "size " + width + "x" + height + " must be a multiple of " + multiple + " in both directions");
    }
  }

  public AutoencoderConfig withLatentScale(double scale) {
    return new AutoencoderConfig(latentChannels, widths, pixelPatch, spatialDownsample, temporalDownsample, groups, scale);
  }

  static int log2(int value) {
    return Integer.numberOfTrailingZeros(value);
  }

  private static void requirePowerOfTwo(String name, int value) {
    if (value < 1 || Integer.bitCount(value) != 1) {
      throw new IllegalArgumentException(name + " must be a power of two, got " + value);
    }
  }
}
