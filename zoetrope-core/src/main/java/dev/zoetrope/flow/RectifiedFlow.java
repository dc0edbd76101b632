package dev.zoetrope.flow;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.FlowConfig;
import dev.zoetrope.dit.DiffusionTransformer;
import dev.zoetrope.dit.TextBatch;

/**
 * Rectified flow (Liu et al., 2022; Lipman et al., 2022): x_t = (1 − t)·x₀ + t·ε, and the model
 * learns the velocity ε − x₀. Given frames are kept clean in x_t (or, for context noise, at a low
 * level of their own) and left out of the loss.
 */
public final class RectifiedFlow {
  private RectifiedFlow() {}

  /** t = shift(sigmoid(n)), n ~ N(mean, std): logit-normal times (Esser et al., 2024, §3.1). */
  public static float[] sampleTimes(FlowConfig flow, int count, int tokens, Rng rng) {
    double shift = flow.shift(tokens);
    float[] times = new float[count];
    for (int i = 0; i < count; i++) {
      double n = flow.logitMean() + flow.logitStd() * rng.nextGaussian();
      times[i] = (float) FlowConfig.shifted(1 / (1 + Math.exp(-n)), shift);
    }
    return times;
  }

  /** x_t with given frames clean: x0, noise (B, C, F, h, w), t (B), given (B·F). */
  public static NDArray interpolate(NDArray x0, NDArray noise, float[] t, float[] given) {
    return interpolate(x0, noise, t, given, 0f);
  }

  /** x_t with given frames at flow time {@code givenTime} instead: (1 − c)·x0 + c·ε there (c = 0 keeps them clean). */
  public static NDArray interpolate(NDArray x0, NDArray noise, float[] t, float[] given, float givenTime) {
    long frames = x0.getShape().get(2);
    NDArray time = Tensors.of(x0.getManager(), t, t.length, 1, 1, 1, 1); // (B, 1, 1, 1, 1)
    NDArray xt = x0.add(noise.sub(x0).mul(time)); // (1 − t)·x0 + t·ε
    NDArray context = givenTime == 0 ? x0 : x0.add(noise.sub(x0).mul(givenTime)); // (1 − c)·x0 + c·ε
    NDArray keep = frameMask(x0.getManager(), given, t.length, frames); // (B, 1, F, 1, 1)
    return xt.add(context.sub(xt).mul(keep));
  }

  /** Mean squared error of the predicted velocity over the frames that are not given. */
  public static NDArray loss(NDArray velocity, NDArray x0, NDArray noise, float[] given) {
    return loss(velocity, x0, noise, given, null);
  }

  /**
   * The same error as a weighted mean when {@code weights} (B, 1, F, h, w), shared by the channels, is
   * not null: sum(weight · error) / sum(weight) over the positions of frames that are not given. With
   * every weight 1 it is the plain mean.
   */
  public static NDArray loss(NDArray velocity, NDArray x0, NDArray noise, float[] given, NDArray weights) {
    if (weights != null) {
      long[] s = Tensors.shape(x0);
      NDArray counted = weights.mul(frameMask(x0.getManager(), given, s[0], s[2]).neg().add(1f)); // (B, 1, F, h, w)
      NDArray error = velocity.sub(noise.sub(x0)).square(); // (B, C, F, h, w)
      return error.mul(counted).sum().div(counted.sum().mul((float) s[1]).maximum(1e-12f));
    }
    long[] s = Tensors.shape(x0);
    NDArray target = noise.sub(x0); // (B, C, F, h, w)
    NDArray generated = frameMask(x0.getManager(), given, s[0], s[2]).neg().add(1f); // (B, 1, F, 1, 1)
    double counted = given == null ? s[0] * s[2] : 0;
    if (given != null) for (float g : given) counted += 1 - g;
    double elements = Math.max(1, counted) * s[1] * s[3] * s[4];
    return velocity.sub(target).square().mul(generated).sum().div((float) elements);
  }

  /**
   * The mean square of the velocity error's change from each latent frame to the next, over the
   * pairs of consecutive frames neither of which is given: (Σ over pairs of (e_k − e_{k−1})²) /
   * (pairs·C·h·w), where e is the error. An error that stays the same from frame to frame adds
   * nothing, so this term weighs what changes over time: moving objects, a panning background. A
   * scalar 0 when there is no such pair (one frame, or every pair touches a given frame).
   */
  public static NDArray motionLoss(NDArray velocity, NDArray x0, NDArray noise, float[] given) {
    long[] s = Tensors.shape(x0);
    int batch = (int) s[0], frames = (int) s[2];
    float[] kept = new float[batch * Math.max(0, frames - 1)];
    int pairs = 0;
    for (int b = 0; b < batch; b++) {
      for (int k = 1; k < frames; k++) {
        boolean free = given == null || (given[b * frames + k] == 0 && given[b * frames + k - 1] == 0);
        if (free) {
          kept[b * (frames - 1) + k - 1] = 1;
          pairs++;
        }
      }
    }
    if (pairs == 0) return velocity.getManager().create(0f);
    NDArray error = velocity.sub(noise.sub(x0)); // (B, C, F, h, w)
    NDArray change = error.get(":, :, 1:" + frames).sub(error.get(":, :, 0:" + (frames - 1))); // (B, C, F − 1, h, w)
    NDArray mask = Tensors.of(x0.getManager(), kept, batch, 1, frames - 1, 1, 1);
    return change.square().mul(mask).sum().div((float) ((double) pairs * s[1] * s[3] * s[4]));
  }

  /** One full objective: noise, interpolate, predict, loss. {@code noise} values come from the caller's Rng. */
  public static NDArray objective(DiffusionTransformer model, NDArray x0, float[] noise, float[] t, float[] given, TextBatch text) {
    return objective(model, x0, noise, t, given, text, null);
  }

  /** The objective with the loss weighted per latent position ({@link #loss(NDArray, NDArray, NDArray, float[], NDArray)}); null weights = plain. */
  public static NDArray objective(
      DiffusionTransformer model, NDArray x0, float[] noise, float[] t, float[] given, TextBatch text, NDArray weights) {
    return objective(model, x0, noise, t, given, text, weights, 0);
  }

  /** The weighted objective plus {@code motionWeight} times {@link #motionLoss} (0 leaves it out). */
  public static NDArray objective(DiffusionTransformer model, NDArray x0, float[] noise, float[] t, float[] given, TextBatch text,
      NDArray weights, double motionWeight) {
    return objective(model, x0, noise, t, given, text, weights, motionWeight, 0f);
  }

  /** The same with the given frames noised to {@code givenTime} and the model told so (context noise; 0 = clean). */
  public static NDArray objective(DiffusionTransformer model, NDArray x0, float[] noise, float[] t, float[] given, TextBatch text,
      NDArray weights, double motionWeight, float givenTime) {
    NDArray eps = Tensors.of(x0.getManager(), noise, Tensors.shape(x0));
    NDArray xt = interpolate(x0, eps, t, given, givenTime);
    NDArray velocity = model.forward(xt, t, given, text, givenTime);
    NDArray loss = loss(velocity, x0, eps, given, weights);
    return motionWeight == 0 ? loss : loss.add(motionLoss(velocity, x0, eps, given).mul((float) motionWeight));
  }

  static NDArray frameMask(NDManager manager, float[] given, long batch, long frames) {
    float[] values = given == null ? new float[(int) (batch * frames)] : given;
    return Tensors.of(manager, values, batch, 1, frames, 1, 1);
  }
}
