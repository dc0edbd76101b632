package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.FlowConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.dit.DiffusionTransformer;
import dev.zoetrope.dit.PromptEncoder;
import dev.zoetrope.dit.TextBatch;
import dev.zoetrope.dit.TextStates;
import dev.zoetrope.flow.RectifiedFlow;
import dev.zoetrope.flow.Task;
import dev.zoetrope.nn.Parameters;
import dev.zoetrope.vae.VideoAutoencoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The flow-matching objective on frozen-autoencoder latents, with the task mixture (one task per
 * batch, its given frames drawn per sample) and caption dropout for classifier-free guidance; a
 * transformer with the pooled text path also gets the run's pooled text augmentation. With an
 * {@code objectWeight} w &gt; 0 the loss is a weighted mean over latent positions, each weighing
 * 1 + w·(its object coverage) ({@link ObjectMaps}): the steps spend more of themselves on the shapes
 * and counts the bench checks, which cover a small share of the frame. The weight depends on where
 * the clip's objects are, which at high noise the input does not show yet; there it tilts the best
 * prediction toward "an object is here" at every place one could be. An {@code objectWeightFade} γ
 * &gt; 0 scales w by (1 − t)^γ, keeping it to the low noise where the input already shows the objects.
 * A {@code motionWeight} λ &gt; 0 adds λ times {@link RectifiedFlow#motionLoss}, the error's change
 * between consecutive latent frames: it needs no object maps, so it serves any clips. A
 * {@code contextNoise} c &gt; 0 noises a step's given frames to a level drawn from [0, c], told to
 * the model as their time, so it learns to take context it should not copy exactly (a long video's
 * own earlier frames).
 */
public final class TransformerObjective implements Objective {
  private final VideoAutoencoder autoencoder;
  private final DiffusionTransformer transformer;
  private final FlowConfig flow;
  private final PromptEncoder text;
  private final TrainConfig train;

  public TransformerObjective(VideoAutoencoder autoencoder, DiffusionTransformer transformer, FlowConfig flow, PromptEncoder text,
      TrainConfig train) {
    this.autoencoder = autoencoder;
    this.transformer = transformer;
    this.flow = flow;
    this.text = text;
    this.train = train;
  }

  @Override
  public NDArray loss(NDManager step, Batch batch, Rng rng) {
    Task task = Task.draw(train.taskWeights(), rng);
    if (task == Task.IMAGE) batch = batch.firstFrames();
    NDArray latent = latents(step, batch); // (B, C, F, h, w), frozen
    long[] shape = Tensors.shape(latent);
    int frames = (int) shape[2];
    int tokens = frames * (int) (shape[3] / transformer.config().patchSize()) * (int) (shape[4] / transformer.config().patchSize());
    float[] given = new float[batch.size() * frames];
    for (int i = 0; i < batch.size(); i++) System.arraycopy(task.givenFrames(frames, rng), 0, given, i * frames, frames);
    float[] t = RectifiedFlow.sampleTimes(flow, batch.size(), tokens, rng);
    float[] noise = rng.gaussians((int) latent.getShape().size());
    boolean[] dropped = new boolean[batch.size()];
    List<TextStates> states = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      dropped[i] = rng.nextDouble() < train.captionDropout();
      states.add(text.encode(batch.captions().get(i)));
    }
    TextBatch textBatch = TextBatch.of(states, dropped, transformer.config().textDim());
    if (transformer.config().pooledText() && (train.pooledNoise() > 0 || train.pooledDropout() > 0)) {
      boolean[] poolDropped = new boolean[batch.size()];
      for (int i = 0; i < batch.size(); i++) poolDropped[i] = rng.nextDouble() < train.pooledDropout();
      textBatch = textBatch.withPooledAugment(poolDropped, rng.gaussians(batch.size() * textBatch.dimension()), train.pooledNoise());
    }
    float givenTime = train.contextNoise() > 0 && task != Task.TEXT_TO_VIDEO && task != Task.IMAGE
        ? (float) (train.contextNoise() * rng.nextDouble()) : 0f;
    return RectifiedFlow.objective(transformer, latent, noise, t, given, textBatch, weights(step, batch, shape, t), train.motionWeight(),
        givenTime);
  }

  /** 1 + w·(1 − t)^γ·coverage per latent position (B, 1, F, h, w), or null for the plain mean. */
  private NDArray weights(NDManager step, Batch batch, long[] latentShape, float[] t) {
    if (train.objectWeight() == 0) return null;
    if (batch.objects() == null) {
      throw new IllegalStateException("an object weight needs clips that mark their objects (--data world; a latent pool built"
          + " before object maps were kept has none: start a new run)");
    }
    int frames = (int) latentShape[2], h = (int) latentShape[3], w = (int) latentShape[4];
    var b = batch.bucket();
    var config = autoencoder.config();
    float[] coverage = batch.encoded() ? batch.objects()
        : ObjectMaps.toLatent(batch.objects(), batch.size(), b.frames(), b.height(), b.width(), config.temporalDownsample(),
            config.spatialDownsample()); // pixel boxes (B, 1, T, H, W) folded onto the latent grid
    return Tensors.of(step, objectWeights(coverage, t, train.objectWeight(), train.objectWeightFade()), batch.size(), 1, frames, h, w);
  }

  /**
   * 1 + weight·(1 − t_b)^fade·coverage for each position of each sample b; {@code coverage} holds the
   * samples one after another, {@code t} one time per sample. A fade of 0 weighs every time alike.
   */
  static float[] objectWeights(float[] coverage, float[] t, double weight, double fade) {
    int perSample = coverage.length / t.length;
    float[] out = new float[coverage.length];
    for (int b = 0; b < t.length; b++) {
      double scale = weight * Math.pow(1 - t[b], fade);
      for (int k = b * perSample; k < (b + 1) * perSample; k++) out[k] = (float) (1 + scale * coverage[k]);
    }
    return out;
  }


  /** The batch's latents: pre-encoded ones as they are, else the frozen autoencoder's encoding of its pixels. */
  private NDArray latents(NDManager step, Batch batch) {
    if (batch.encoded()) {
      int[] s = batch.latentShape();
      return Tensors.of(step, batch.latents(), batch.size(), s[0], s[1], s[2], s[3]);
    }
    var b = batch.bucket();
    NDArray pixels = Tensors.of(step, batch.pixels(), batch.size(), 3, b.frames(), b.height(), b.width()); // (B, 3, T, H, W)
    return autoencoder.encode(pixels).stopGradient();
  }

  @Override
  public Parameters trainable() {
    return transformer.weights();
  }

  @Override
  public String target() {
    return "dit";
  }
}
