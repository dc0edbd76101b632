package dev.zoetrope.generate;

import dev.zoetrope.config.SamplerConfig;
import java.util.OptionalDouble;

/**
 * How the generator runs a model: the sampler used when a request leaves steps or guidance at 0,
 * the longest window in latent frames (the clip length the model was trained on), how many
 * latent frames of context each chained window is given, whether a text prompt's pan or zoom
 * is filmed by the {@link CameraRig}, and the noise level at which a chained window is handed the
 * frames made before it ({@code contextNoise}; empty = the model's default, half the level its
 * transformer was trained up to, so 0 for a model trained on clean given frames only).
 */
public record GeneratorOptions(SamplerConfig sampler, int maxLatentFrames, int overlapLatents, boolean cameraRig,
    OptionalDouble contextNoise) {
  public GeneratorOptions {
    if (maxLatentFrames < 2) throw new IllegalArgumentException("maxLatentFrames must be >= 2");
    if (overlapLatents < 1 || overlapLatents >= maxLatentFrames) {
      throw new IllegalArgumentException("overlapLatents must be in 1.." + (maxLatentFrames - 1));
    }
    java.util.Objects.requireNonNull(contextNoise, "contextNoise");
    if (contextNoise.isPresent() && !(contextNoise.getAsDouble() >= 0 && contextNoise.getAsDouble() < 1)) {
      throw new IllegalArgumentException("context noise must be in [0, 1), got " + contextNoise.getAsDouble());
    }
  }

  /** With the camera rig on and the model's context noise. */
  public GeneratorOptions(SamplerConfig sampler, int maxLatentFrames, int overlapLatents) {
    this(sampler, maxLatentFrames, overlapLatents, true, OptionalDouble.empty());
  }

  /** {@link SamplerConfig#defaults()}; windows of 9 latent frames (33 frames, 4 s at 8 fps), overlap 2; the camera rig on. */
  public static GeneratorOptions defaults() {
    return new GeneratorOptions(SamplerConfig.defaults(), 9, 2);
  }

  public GeneratorOptions withSampler(SamplerConfig updated) {
    return new GeneratorOptions(updated, maxLatentFrames, overlapLatents, cameraRig, contextNoise);
  }

  public GeneratorOptions withCameraRig(boolean on) {
    return new GeneratorOptions(sampler, maxLatentFrames, overlapLatents, on, contextNoise);
  }

  /** These options with chained windows handed their context at {@code level}. */
  public GeneratorOptions withContextNoise(double level) {
    return new GeneratorOptions(sampler, maxLatentFrames, overlapLatents, cameraRig, OptionalDouble.of(level));
  }
}
