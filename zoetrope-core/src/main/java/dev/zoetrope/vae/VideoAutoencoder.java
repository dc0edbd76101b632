package dev.zoetrope.vae;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.AutoencoderConfig;
import dev.zoetrope.nn.Init;
import dev.zoetrope.nn.Ops;
import dev.zoetrope.nn.Parameters;

/**
 * The causal video autoencoder ("compression network"). Pixels (B, 3, T, H, W) in [-1, 1] become
 * latents (B, C, F, H/s, W/s) with F = 1 + (T − 1)/τ: causal convolutions see only past frames and
 * the first frame is encoded alone, so an image is a one-frame video. Upsampling is nearest-repeat
 * plus convolution; the outermost ×p is depth-to-space, so no convolution runs at full resolution.
 */
public final class VideoAutoencoder {
  private final AutoencoderConfig config;
  private final Parameters weights;

  public VideoAutoencoder(AutoencoderConfig config, Parameters weights) {
    this.config = config;
    this.weights = weights;
  }

  public AutoencoderConfig config() {
    return config;
  }

  public Parameters weights() {
    return weights;
  }

  /** Mean latent, scaled by latentScale for the diffusion model: (B, 3, T, H, W) -> (B, C, F, h, w). */
  public NDArray encode(NDArray pixels) {
    NDArray moments = encodeMoments(pixels); // (B, 2C, F, h, w)
    return moments.get(":, 0:" + config.latentChannels()).mul((float) config.latentScale());
  }

  /** Scaled latent -> pixels (B, 3, T, H, W), not clamped. */
  public NDArray decode(NDArray latent) {
    return decodeRaw(latent.div((float) config.latentScale()));
  }

  /** Mean and log-variance of the posterior, unscaled: (B, 3, T, H, W) -> (B, 2C, F, h, w). */
  public NDArray encodeMoments(NDArray pixels) {
    int stages = config.stages();
    NDArray x = Ops.spaceToDepth(pixels, config.pixelPatch()); // (B, 3p², T, H/p, W/p)
    x = conv(x, "encoder.stem", 1, 1);
    for (int i = 0; i < stages; i++) {
      x = residual(x, "encoder.stage" + i + ".res");
      x = conv(x, "encoder.stage" + i + ".down", i < config.temporalStages() ? 2 : 1, 2);
    }
    x = residual(x, "encoder.middle");
    x = Ops.silu(norm(x, "encoder.out.norm"));
    return conv(x, "encoder.out.conv", 1, 1); // (B, 2C, F, h, w)
  }

  /** Unscaled latent (B, C, F, h, w) -> pixels (B, 3, T, H, W). */
  public NDArray decodeRaw(NDArray latent) {
    NDArray x = conv(latent, "decoder.stem", 1, 1);
    x = residual(x, "decoder.middle");
    for (int i = config.stages() - 1; i >= 0; i--) {
      x = Ops.upsample(x, i < config.temporalStages());
      x = conv(x, "decoder.stage" + i + ".up", 1, 1);
      x = residual(x, "decoder.stage" + i + ".res");
    }
    x = Ops.silu(norm(x, "decoder.out.norm"));
    x = conv(x, "decoder.out.conv", 1, 1); // (B, 3p², T, H/p, W/p)
    return Ops.depthToSpace(x, config.pixelPatch()); // (B, 3, T, H, W)
  }

  private NDArray residual(NDArray x, String name) {
    NDArray h = conv(Ops.silu(norm(x, name + ".norm1")), name + ".conv1", 1, 1);
    h = conv(Ops.silu(norm(h, name + ".norm2")), name + ".conv2", 1, 1);
    return x.add(h);
  }

  private NDArray conv(NDArray x, String name, int temporalStride, int spatialStride) {
    return Ops.causalConv3d(x, weights.get(name + ".weight"), weights.get(name + ".bias"), temporalStride, spatialStride);
  }

  private NDArray norm(NDArray x, String name) {
    return Ops.groupNorm(x, config.groups(), weights.get(name + ".gamma"), weights.get(name + ".beta"));
  }

  /**
   * All weights, in one place. Convolutions are Xavier-uniform over their receptive field; the
   * second convolution of each residual block starts at zero so every block begins as the identity
   * and the untrained autoencoder is a shallow, stable network; GroupNorm starts as identity.
   */
  public static Parameters initialize(AutoencoderConfig config, NDManager manager, Rng rng) {
    Parameters p = new Parameters(manager);
    int pixelChannels = 3 * config.pixelPatch() * config.pixelPatch();
    int last = config.widths().get(config.stages());
    addConv(p, rng, "encoder.stem", pixelChannels, config.widths().get(0), false);
    for (int i = 0; i < config.stages(); i++) {
      addResidual(p, rng, "encoder.stage" + i + ".res", config.widths().get(i));
      addConv(p, rng, "encoder.stage" + i + ".down", config.widths().get(i), config.widths().get(i + 1), false);
    }
    addResidual(p, rng, "encoder.middle", last);
    addNorm(p, "encoder.out.norm", last);
    addConv(p, rng, "encoder.out.conv", last, 2 * config.latentChannels(), false);

    addConv(p, rng, "decoder.stem", config.latentChannels(), last, false);
    addResidual(p, rng, "decoder.middle", last);
    for (int i = config.stages() - 1; i >= 0; i--) {
      addConv(p, rng, "decoder.stage" + i + ".up", config.widths().get(i + 1), config.widths().get(i), false);
      addResidual(p, rng, "decoder.stage" + i + ".res", config.widths().get(i));
    }
    addNorm(p, "decoder.out.norm", config.widths().get(0));
    addConv(p, rng, "decoder.out.conv", config.widths().get(0), pixelChannels, false);
    return p;
  }

  private static void addResidual(Parameters p, Rng rng, String name, int width) {
    addNorm(p, name + ".norm1", width);
    addConv(p, rng, name + ".conv1", width, width, false);
    addNorm(p, name + ".norm2", width);
    addConv(p, rng, name + ".conv2", width, width, true);
  }

  private static void addConv(Parameters p, Rng rng, String name, int in, int out, boolean zero) {
    int count = out * in * 27;
    p.put(name + ".weight", zero ? Init.zeros(count) : Init.xavier(rng, count, in * 27L, out * 27L), out, in, 3, 3, 3);
    p.put(name + ".bias", Init.zeros(out), out);
  }

  private static void addNorm(Parameters p, String name, int width) {
    p.put(name + ".gamma", Init.constant(width, 1f), width, 1, 1, 1);
    p.put(name + ".beta", Init.zeros(width), width, 1, 1, 1);
  }

}
