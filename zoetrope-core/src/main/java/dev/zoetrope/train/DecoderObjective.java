package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.nn.Parameters;
import dev.zoetrope.vae.VideoAutoencoder;

/**
 * The autoencoder's reconstruction loss with the encoder frozen: only the decoder learns. The
 * latent space and its scale stay exactly as they were, so a transformer trained on them stays
 * valid and gets the sharper decoder as it is. The checkpoint keeps the source's transformer.
 */
public final class DecoderObjective implements AutoencoderPart {
  public static final String TARGET = "decoder";

  private final AutoencoderObjective reconstruction;
  private final Parameters decoder;
  private final boolean withTransformer;

  /** {@code withTransformer}: the model's transformer is part of the checkpoint and is written back unchanged. */
  public DecoderObjective(VideoAutoencoder autoencoder, boolean withTransformer) {
    this(autoencoder, withTransformer, 0);
  }

  /** {@code objectWeight}: as in {@link AutoencoderObjective#AutoencoderObjective(VideoAutoencoder, double)}. */
  public DecoderObjective(VideoAutoencoder autoencoder, boolean withTransformer, double objectWeight) {
    this(autoencoder, withTransformer, objectWeight, 0);
  }

  /**
   * {@code latentNoise}: as in {@link AutoencoderObjective#AutoencoderObjective(VideoAutoencoder, double, double)}; the decoder
   * learns to read the imperfect latents a transformer samples, whose errors a decoder trained on
   * clean latents alone turns into speckle.
   */
  public DecoderObjective(VideoAutoencoder autoencoder, boolean withTransformer, double objectWeight, double latentNoise) {
    this.reconstruction = new AutoencoderObjective(autoencoder, objectWeight, latentNoise);
    this.decoder = autoencoder.weights().view("decoder.");
    this.withTransformer = withTransformer;
  }

  @Override
  public NDArray loss(NDManager step, Batch batch, Rng rng) {
    return reconstruction.loss(step, batch, rng); // no encoder weight requires a gradient
  }

  @Override
  public String extraMetric(NDArray loss) {
    return reconstruction.extraMetric(loss);
  }

  @Override
  public Parameters trainable() {
    return decoder;
  }

  @Override
  public String target() {
    return TARGET;
  }

  @Override
  public boolean withTransformer() {
    return withTransformer;
  }
}
