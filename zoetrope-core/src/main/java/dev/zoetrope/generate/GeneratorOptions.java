package dev.zoetrope.generate;

import dev.zoetrope.config.SamplerConfig;

/**
 * How the generator runs a model: the sampler used when a request leaves steps or guidance at 0,
 * the longest window in latent frames (the clip length the model was trained on), how many
 * latent frames of context each chained window is given, and whether a text prompt's pan or zoom
 * is filmed by the {@link CameraRig}.
 */
public record GeneratorOptions(SamplerConfig sampler, int maxLatentFrames, int overlapLatents, boolean cameraRig) {
  public GeneratorOptions {
    if (maxLatentFrames < 2) throw new IllegalArgumentException("maxLatentFrames must be >= 2");
    if (overlapLatents < 1 || overlapLatents >= maxLatentFrames) {
      throw new IllegalArgumentException("overlapLatents must be in 1.." + (maxLatentFrames - 1));
    }
  }

  /** With the camera rig on. */
  public GeneratorOptions(SamplerConfig sampler, int maxLatentFrames, int overlapLatents) {
    this(sampler, maxLatentFrames, overlapLatents, true);
  }

  /** {@link SamplerConfig#defaults()}; windows of 9 latent frames (33 frames, 4 s at 8 fps), overlap 2; the camera rig on. */
  public static GeneratorOptions defaults() {
    return new GeneratorOptions(SamplerConfig.defaults(), 9, 2);
  }

  public GeneratorOptions withSampler(SamplerConfig updated) {
    return new GeneratorOptions(updated, maxLatentFrames, overlapLatents, cameraRig);
  }

  public GeneratorOptions withCameraRig(boolean on) {
    return new GeneratorOptions(sampler, maxLatentFrames, overlapLatents, on);
  }
}
