package dev.zoetrope.generate;

import dev.zoetrope.config.SamplerConfig;
import java.util.OptionalDouble;

/**
 * How the generator runs a model: the sampler used when a request leaves steps or guidance at 0,
 * the longest window in latent frames (the clip length the model was trained on), how many
 * latent frames of context each chained window is given, whether a text prompt's pan or zoom
 * is filmed by the {@link CameraRig}, and the noise level at which a chained window is handed the
 * frames made before it ({@code contextNoise}; empty = the model's default, half the level its
 * transformer was trained up to, so 0 for a model trained on clean given frames only), and
 * {@code imageStrength}: below 1, image-to-video starts each window's new frames from the image
 * held still, noised to that strength (as SDEdit's; 1 = pure noise, as text-to-video starts),
 * so the first steps, which set the layout, see where the image's objects are.
 */
public record GeneratorOptions(SamplerConfig sampler, int maxLatentFrames, int overlapLatents, boolean cameraRig,
    OptionalDouble contextNoise, double imageStrength) {
  public GeneratorOptions {
    if (maxLatentFrames < 2) throw new IllegalArgumentException("maxLatentFrames must be >= 2");
    if (overlapLatents < 1 || overlapLatents >= maxLatentFrames) {
      throw new IllegalArgumentException("overlapLatents must be in 1.." + (maxLatentFrames - 1));
    }
    java.util.Objects.requireNonNull(contextNoise, "contextNoise");
    if (contextNoise.isPresent() && !(contextNoise.getAsDouble() >= 0 && contextNoise.getAsDouble() < 1)) {
      throw new IllegalArgumentException("context noise must be in [0, 1), got " + contextNoise.getAsDouble());
    }
    if (!(imageStrength > 0 && imageStrength <= 1)) throw new IllegalArgumentException("image strength must be in (0, 1], got " + imageStrength);
  }

  /** With the camera rig on and the model's context noise. */
  public GeneratorOptions(SamplerConfig sampler, int maxLatentFrames, int overlapLatents) {
    this(sampler, maxLatentFrames, overlapLatents, true, OptionalDouble.empty(), 1.0);
  }

  /** {@link SamplerConfig#defaults()}; windows of 9 latent frames (33 frames, 4 s at 8 fps), overlap 2; the camera rig on. */
  public static GeneratorOptions defaults() {
    return new GeneratorOptions(SamplerConfig.defaults(), 9, 2);
  }

  public GeneratorOptions withSampler(SamplerConfig updated) {
    return new GeneratorOptions(updated, maxLatentFrames, overlapLatents, cameraRig, contextNoise, imageStrength);
  }

  public GeneratorOptions withCameraRig(boolean on) {
    return new GeneratorOptions(sampler, maxLatentFrames, overlapLatents, on, contextNoise, imageStrength);
  }

  /** These options with chained windows handed their context at {@code level}. */
  public GeneratorOptions withContextNoise(double level) {
    return new GeneratorOptions(sampler, maxLatentFrames, overlapLatents, cameraRig, OptionalDouble.of(level), imageStrength);
  }

  /** These options with image-to-video starting from the image held still, noised to {@code strength}. */
  public GeneratorOptions withImageStrength(double strength) {
    return new GeneratorOptions(sampler, maxLatentFrames, overlapLatents, cameraRig, contextNoise, strength);
  }
}
