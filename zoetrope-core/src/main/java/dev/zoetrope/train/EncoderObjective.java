package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.nn.Parameters;
import dev.zoetrope.vae.VideoAutoencoder;

/**
 * Trains the encoder alone to read the decoder's own output back into the latent it came from, with
 * the decoder frozen. A long video re-encodes the frames it decoded as the next window's given
 * frames, about once every 3.5 s; with an encoder trained only on rendered clips each such round
 * trip adds its own error (a still scene, sent 16 times through the shipped autoencoder, went from
 * a mean absolute error of 12 to 40 levels: shapes round off, colours bleed). The loss, on the
 * latents z = E₀(x) of a frozen copy E₀ of the starting encoder, is
 * ‖E(x) − z‖² + ‖E(q(D(z))) − z‖², where q clamps and rounds the decoded pixels to bytes as a
 * video does: the first term keeps the latent space (so the transformer and the decoder stay
 * valid), the second makes encoding a decoded frame give back its latent.
 */
public final class EncoderObjective implements AutoencoderPart {
  public static final String TARGET = "encoder";
  private static final String REFERENCE = "reference_autoencoder.safetensors";

  private final VideoAutoencoder autoencoder;
  private final VideoAutoencoder reference;
  private final Parameters encoder;
  private final boolean withTransformer;
  private double lastCycle = Double.NaN;

  /**
   * {@code autoencoder}: the one whose encoder learns (its decoder is frozen); {@code reference}: the
   * starting autoencoder, frozen, whose latents are the targets.
   */
  public EncoderObjective(VideoAutoencoder autoencoder, VideoAutoencoder reference, boolean withTransformer) {
    if (!autoencoder.config().equals(reference.config())) {
      throw new IllegalArgumentException("the reference autoencoder has another config: " + reference.config() + " vs " + autoencoder.config());
    }
    this.autoencoder = autoencoder;
    this.reference = reference;
    this.encoder = autoencoder.weights().view("encoder.");
    this.withTransformer = withTransformer;
  }

  @Override
  public NDArray loss(NDManager step, Batch batch, Rng rng) {
    var b = batch.bucket();
    NDArray pixels = Tensors.of(step, batch.pixels(), batch.size(), 3, b.frames(), b.height(), b.width()); // (B, 3, T, H, W)
    NDArray target = reference.encode(pixels).stopGradient(); // (B, C, F, h, w)
    NDArray decoded = asBytes(autoencoder.decode(target)).stopGradient(); // (B, 3, T, H, W), what a video holds
    NDArray kept = autoencoder.encode(pixels).sub(target).square().mean();
    NDArray cycle = autoencoder.encode(decoded).sub(target).square().mean();
    lastCycle = cycle.getFloat();
    return kept.add(cycle);
  }

  /** Pixels in [−1, 1] clamped and rounded to the 256 levels of a byte, as {@code Pixels.toFrames} stores them. */
  static NDArray asBytes(NDArray pixels) {
    return pixels.clip(-1f, 1f).add(1f).mul(127.5f).round().div(127.5f).sub(1f);
  }

  @Override
  public String extraMetric(NDArray loss) {
    return String.format(java.util.Locale.ROOT, "cycle=%.5f", lastCycle);
  }

  @Override
  public Parameters trainable() {
    return encoder;
  }

  /** Where a checkpoint of an encoder run keeps its frozen starting autoencoder, for a resume. */
  public static java.nio.file.Path referenceOf(java.nio.file.Path checkpoint) {
    return checkpoint.resolve(dev.zoetrope.checkpoint.Checkpoint.TRAINING).resolve(REFERENCE);
  }

  /** The frozen starting autoencoder, whose encoder a resumed run needs again. */
  public VideoAutoencoder reference() {
    return reference;
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
