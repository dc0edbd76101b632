package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.nn.Parameters;
import dev.zoetrope.vae.VideoAutoencoder;

/**
 * Reconstruction MSE plus a small KL term (Kingma & Welling, 2014) that keeps the latent bounded and
 * smooth for the diffusion model; the posterior is sampled with the reparameterisation trick.
 */
public final class AutoencoderObjective implements Objective {
  private static final float KL_WEIGHT = 1e-4f;
  private final VideoAutoencoder autoencoder;
  private double lastReconstruction = Double.NaN;

  public AutoencoderObjective(VideoAutoencoder autoencoder) {
    this.autoencoder = autoencoder;
  }

  @Override
  public NDArray loss(NDManager step, Batch batch, Rng rng) {
    var b = batch.bucket();
    NDArray pixels = Tensors.of(step, batch.pixels(), batch.size(), 3, b.frames(), b.height(), b.width());
    NDArray moments = autoencoder.encodeMoments(pixels); // (B, 2C, F, h, w)
    int c = autoencoder.config().latentChannels();
    NDArray mean = moments.get(":, 0:" + c);
    NDArray logVariance = moments.get(":, " + c + ":").clip(-20, 10);
    NDArray noise = Tensors.of(step, rng.gaussians((int) mean.getShape().size()), Tensors.shape(mean));
    NDArray latent = mean.add(noise.mul(logVariance.mul(0.5f).exp()));
    NDArray reconstruction = autoencoder.decodeRaw(latent);
    NDArray mse = reconstruction.sub(pixels).square().mean();
    NDArray kl = mean.square().add(logVariance.exp()).sub(1f).sub(logVariance).mul(0.5f).mean();
    lastReconstruction = mse.getFloat();
    return mse.add(kl.mul(KL_WEIGHT));
  }

  @Override
  public String extraMetric(NDArray loss) {
    return String.format(java.util.Locale.ROOT, "psnr=%.2f", dev.zoetrope.vae.Psnr.fromUnitRangeMse(lastReconstruction));
  }

  @Override
  public Parameters trainable() {
    return autoencoder.weights();
  }

  @Override
  public String target() {
    return "autoencoder";
  }
}
