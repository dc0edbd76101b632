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
 *
 * <p>With an {@code objectWeight} w &gt; 0 the reconstruction term is a weighted mean: each pixel's
 * squared error counts 1 + w inside an object box of the batch ({@link Batch#objects()}) and 1
 * elsewhere, normalised by the sum of the weights. Objects are a few percent of a frame, so plain
 * MSE lets a small decoder trade an object's shape for the background's texture. The logged PSNR
 * stays the plain one.
 *
 * <p>With a {@code latentNoise} σ &gt; 0 (decoder-only runs) the decoder reads the sampled latent plus
 * Gaussian noise at a level drawn per clip uniformly from [0, σ], in the scaled latent's units (those
 * the transformer samples in), and is still asked for the clean clip.
 */
public final class AutoencoderObjective implements Objective {
  private static final float KL_WEIGHT = 1e-4f;
  private final VideoAutoencoder autoencoder;
  private final float objectWeight;
  private final double latentNoise;
  private double lastReconstruction = Double.NaN;

  public AutoencoderObjective(VideoAutoencoder autoencoder) {
    this(autoencoder, 0);
  }

  public AutoencoderObjective(VideoAutoencoder autoencoder, double objectWeight) {
    this(autoencoder, objectWeight, 0);
  }

  public AutoencoderObjective(VideoAutoencoder autoencoder, double objectWeight, double latentNoise) {
    if (!(objectWeight >= 0) || Double.isInfinite(objectWeight)) throw new IllegalArgumentException("objectWeight must be >= 0");
    if (!(latentNoise >= 0) || Double.isInfinite(latentNoise)) throw new IllegalArgumentException("latentNoise must be >= 0");
    this.autoencoder = autoencoder;
    this.objectWeight = (float) objectWeight;
    this.latentNoise = latentNoise;
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
    if (latentNoise > 0) latent = latent.add(decoderNoise(step, mean, rng));
    NDArray reconstruction = autoencoder.decodeRaw(latent);
    NDArray squared = reconstruction.sub(pixels).square();
    NDArray kl = mean.square().add(logVariance.exp()).sub(1f).sub(logVariance).mul(0.5f).mean();
    lastReconstruction = squared.mean().getFloat();
    return weighted(step, squared, batch).add(kl.mul(KL_WEIGHT));
  }

  /** Gaussian noise shaped like {@code mean}, each clip's at its own level in [0, latentNoise] scaled units. */
  private NDArray decoderNoise(NDManager step, NDArray mean, Rng rng) {
    long[] shape = Tensors.shape(mean);
    float[] levels = new float[(int) shape[0]];
    for (int b = 0; b < levels.length; b++) levels[b] = (float) (latentNoise * rng.nextDouble() / autoencoder.config().latentScale());
    NDArray noise = Tensors.of(step, rng.gaussians((int) mean.getShape().size()), shape);
    return noise.mul(Tensors.of(step, levels, shape[0], 1, 1, 1, 1));
  }

  /** The mean squared error, weighted toward object boxes when {@code objectWeight} &gt; 0. */
  private NDArray weighted(NDManager step, NDArray squared, Batch batch) {
    if (objectWeight == 0) return squared.mean();
    if (batch.objects() == null) {
      throw new IllegalStateException("an object weight needs clips that mark their objects (the procedural world, --data world)");
    }
    var b = batch.bucket();
    return weightedMean(squared, Tensors.of(step, batch.objects(), batch.size(), 1, b.frames(), b.height(), b.width()), objectWeight);
  }

  /**
   * sum((1 + w * objects) * squared) / sum over the same shape of (1 + w * objects): {@code squared}
   * (B, K, T, H, W) with K channels, {@code objects} (B, 1, T, H, W) shared by the channels.
   */
  static NDArray weightedMean(NDArray squared, NDArray objects, float objectWeight) {
    NDArray weights = objects.mul(objectWeight).add(1f);
    return squared.mul(weights).sum().div(weights.sum().mul(squared.getShape().get(1)));
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
