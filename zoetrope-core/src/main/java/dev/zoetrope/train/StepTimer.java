package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.dit.DiffusionTransformer;
import dev.zoetrope.dit.TextBatch;
import dev.zoetrope.dit.TextStates;
import dev.zoetrope.flow.RectifiedFlow;
import dev.zoetrope.nn.Parameters;
import java.util.Arrays;
import java.util.Collections;

/**
 * Times the transformer's training step (forward, backward, clipping, AdamW) on random latents —
 * exactly what {@code bench/reference/dit_reference.py} times in PyTorch, so the two compare.
 */
public final class StepTimer {
  /** Median milliseconds of a training step and of a forward pass. */
  public record Timing(double stepMillis, double forwardMillis, double flopsPerStep) {
    public double gflops() {
      return flopsPerStep / (stepMillis / 1000) / 1e9;
    }
  }

  private StepTimer() {}

  public static Timing time(DiTConfig config, int batch, int frames, int height, int width, int textTokens, int steps) {
    try (NDManager weights = Compute.newManager(); NDManager optimizerManager = Compute.newManager()) {
      Rng rng = new Rng(0);
      Parameters parameters = DiffusionTransformer.initialize(config, weights, rng);
      DiffusionTransformer model = new DiffusionTransformer(config, parameters);
      AdamW adam = new AdamW(parameters, optimizerManager, 0.01);
      int size = batch * config.latentChannels() * frames * height * width;
      float[] x0 = rng.gaussians(size), noise = rng.gaussians(size), t = new float[batch];
      for (int i = 0; i < batch; i++) t[i] = (float) rng.nextDouble();
      float[][] tokens = new float[textTokens][];
      for (int i = 0; i < textTokens; i++) tokens[i] = rng.gaussians(config.textDim());
      TextBatch text = TextBatch.of(Collections.nCopies(batch, new TextStates(tokens)), config.textDim());
      parameters.requireGradients();
      double[] stepTimes = new double[steps], forwardTimes = new double[steps];
      for (int i = -3; i < steps; i++) {
        long start = System.nanoTime();
        try (NDManager step = Compute.newManager()) {
          NDArray latent = Tensors.of(step, x0, batch, config.latentChannels(), frames, height, width);
          try (GradientCollector collector = Compute.engine().newGradientCollector()) {
            collector.backward(RectifiedFlow.objective(model, latent, noise, t, null, text));
          }
          double norm = AdamW.gradientNorm(parameters, step);
          adam.update(parameters, 1e-4, norm > 1 ? 1 / norm : 1, step);
          parameters.zeroGradients();
        }
        if (i >= 0) stepTimes[i] = (System.nanoTime() - start) / 1e6;
      }
      for (int i = 0; i < steps; i++) {
        long start = System.nanoTime();
        try (NDManager step = Compute.newManager()) {
          model.forward(Tensors.of(step, x0, batch, config.latentChannels(), frames, height, width), t, null, text).toFloatArray();
        }
        forwardTimes[i] = (System.nanoTime() - start) / 1e6;
      }
      int tokensPerSample = frames * (height / config.patchSize()) * (width / config.patchSize());
      double flops = 3 * batch * DiffusionTransformer.forwardFlops(config, tokensPerSample, textTokens);
      return new Timing(median(stepTimes), median(forwardTimes), flops);
    }
  }

  /** Median milliseconds of an autoencoder training step (reconstruction + KL, backward, AdamW). */
  public static double autoencoderStepMillis(dev.zoetrope.config.AutoencoderConfig config, int batch, int frames, int height, int width,
      int steps) {
    try (NDManager weights = Compute.newManager(); NDManager optimizerManager = Compute.newManager()) {
      Rng rng = new Rng(0);
      var autoencoder = new dev.zoetrope.vae.VideoAutoencoder(config, dev.zoetrope.vae.VideoAutoencoder.initialize(config, weights, rng));
      var objective = new AutoencoderObjective(autoencoder);
      AdamW adam = new AdamW(autoencoder.weights(), optimizerManager, 0.01);
      var bucket = new dev.zoetrope.config.Bucket(frames, height, width);
      Batch batchData = new Batch(bucket, rng.gaussians(batch * 3 * frames * height * width), Collections.nCopies(batch, ""));
      autoencoder.weights().requireGradients();
      double[] times = new double[steps];
      for (int i = -1; i < steps; i++) {
        long start = System.nanoTime();
        try (NDManager step = Compute.newManager()) {
          try (GradientCollector collector = Compute.engine().newGradientCollector()) {
            collector.backward(objective.loss(step, batchData, rng));
          }
          adam.update(autoencoder.weights(), 1e-4, 1, step);
          autoencoder.weights().zeroGradients();
        }
        if (i >= 0) times[i] = (System.nanoTime() - start) / 1e6;
      }
      return median(times);
    }
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
