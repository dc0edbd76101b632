package dev.zoetrope.config;

import java.util.List;
import java.util.Objects;

/** A whole model: autoencoder, transformer and flow settings. Saved as config.json in a checkpoint. */
public record ModelConfig(String name, AutoencoderConfig autoencoder, DiTConfig dit, FlowConfig flow, double fps) {

  public ModelConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(autoencoder, "autoencoder");
    Objects.requireNonNull(dit, "dit");
    Objects.requireNonNull(flow, "flow");
    if (autoencoder.latentChannels() != dit.latentChannels()) {
      throw new IllegalArgumentException(
          "autoencoder latentChannels " + autoencoder.latentChannels() + " != dit latentChannels " + dit.latentChannels());
    }
    if (!(fps > 0)) throw new IllegalArgumentException("fps must be > 0");
  }

  /** This model with the transformer's pooled text path on or off. */
  public ModelConfig withPooledText(boolean on) {
    return new ModelConfig(name, autoencoder, dit.withPooledText(on), flow, fps);
  }

  /** Pixel size multiple: the autoencoder's spatial stride times the transformer's patch. */
  public int sizeMultiple() {
    return autoencoder.spatialDownsample() * dit.patchSize();
  }

  /** Two layers, width 32: the whole pipeline runs in tests in seconds. */
  public static ModelConfig tiny() {
    return new ModelConfig(
        "tiny",
        new AutoencoderConfig(8, List.of(16, 16, 16), 2, 8, 4, 4, 1.0),
        new DiTConfig(8, 32, 2, 2, 2.0, 2, 384, 64),
        FlowConfig.standard(),
        8);
  }

  public static ModelConfig small() {
    return new ModelConfig(
        "small",
        new AutoencoderConfig(16, List.of(24, 48, 64), 2, 8, 4, 8, 1.0),
        new DiTConfig(16, 128, 6, 4, 4.0, 2, 384, 128),
        FlowConfig.standard(),
        8);
  }

  /**
   * The default model's size: ~8 M parameters (16 MB as fp16), sized so 20 guided steps of a 4 s
   * 128x128 clip stay within seconds on two cores.
   */
  public static ModelConfig standard() {
    return new ModelConfig(
        "default",
        new AutoencoderConfig(16, List.of(32, 64, 96), 2, 8, 4, 8, 1.0),
        new DiTConfig(16, 192, 8, 4, 4.0, 2, 384, 256),
        FlowConfig.standard(),
        8);
  }

  /**
   * x4 spatial compression and a wider transformer: an autoencoder of 4 latent channels (widths
   * 16/48/64, no pixel patch; the same 48x compression as {@code small}'s) gives each object four
   * times the latent cells, and 4x4 patches keep {@code small}'s token count for a width-256,
   * depth-8 transformer (about 12 M parameters).
   */
  public static ModelConfig wide() {
    return new ModelConfig(
        "wide",
        new AutoencoderConfig(4, List.of(16, 48, 64), 1, 4, 4, 8, 1.0),
        new DiTConfig(4, 256, 8, 8, 4.0, 4, 384, 128).withPooledText(true),
        FlowConfig.standard(),
        8);
  }

  public static ModelConfig preset(String name) {
    return switch (name) {
      case "tiny" -> tiny();
      case "small" -> small();
      case "wide" -> wide();
      case "default", "standard" -> standard();
      default -> throw new IllegalArgumentException("unknown model preset '" + name + "' (tiny, small, wide, default)");
    };
  }

  public ModelConfig withAutoencoder(AutoencoderConfig updated) {
    return new ModelConfig(name, updated, dit, flow, fps);
  }

  /** This model with another transformer config. */
  public ModelConfig withDit(DiTConfig updated) {
    return new ModelConfig(name, autoencoder, updated, flow, fps);
  }
}
