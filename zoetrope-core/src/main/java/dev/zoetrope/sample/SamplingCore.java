package dev.zoetrope.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.FlowConfig;
import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.dit.DiffusionTransformer;
import dev.zoetrope.dit.TextBatch;
import dev.zoetrope.dit.TextStates;
import dev.zoetrope.generate.ProgressListener;
import java.util.List;

/**
 * The one denoising loop every mode uses. The task is data (a {@link Canvas}): given latent frames
 * are clean inputs (timestep 0 for their tokens), or noised to the canvas's {@code givenNoise} and
 * told so, and are pasted back after every step, clean after the last; SDEdit
 * starts from the source latent noised to {@code strength}. Classifier-free guidance batches the
 * conditional and unconditional passes, at the flow times of the sampler's guidance interval; other
 * steps take the conditional pass alone. All noise comes from the seed, so a seed fixes the bytes.
 * Each model evaluation runs in its own manager; only flat latent values live between steps.
 */
public final class SamplingCore {
  /** Label of the seed's stream of ancestral step noise, apart from the starting noise. */
  private static final long ANCESTRAL_NOISE = 1;
  /** Label of the seed's stream of noise on given frames (context noise). */
  private static final long CONTEXT_NOISE = 2;

  private final DiffusionTransformer model;
  private final FlowConfig flow;

  public SamplingCore(DiffusionTransformer model, FlowConfig flow) {
    this.model = model;
    this.flow = flow;
  }

  /** Samples one window: returns latents (C, F, h, w). */
  public float[] sample(NDManager scope, Canvas clean, TextStates prompt, SamplerConfig sampler, long seed, ProgressListener progress) {
    Integrator integrator = Integrator.named(sampler.method(), sampler.eta(), Rng.derive(seed, ANCESTRAL_NOISE));
    Canvas canvas = clean.givenNoise() == 0 ? clean : clean.noisedGiven(Rng.derive(seed, CONTEXT_NOISE).gaussians(clean.size()));
    double shift = flow.shift(canvas.tokens(model.config().patchSize()));
    float[] noise = new Rng(seed).gaussians(canvas.size());
    float[] x = start(canvas, noise, FlowConfig.shifted(canvas.strength(), shift));
    Integrator.Velocity guided = velocity(scope, canvas, prompt, sampler.guidance());
    Integrator.Velocity conditional = velocity(scope, canvas, prompt, 1.0);
    Integrator.Velocity velocity = (value, time) -> sampler.guidedAt(time) ? guided.at(value, time) : conditional.at(value, time);
    for (int i = 0; i < sampler.steps(); i++) {
      double t = FlowConfig.shifted(canvas.strength() * (1 - (double) i / sampler.steps()), shift);
      double tNext = FlowConfig.shifted(canvas.strength() * (1 - (double) (i + 1) / sampler.steps()), shift);
      x = integrator.step(velocity, x, t, tNext);
      canvas.paste(x);
      progress.progress((i + 1.0) / sampler.steps(), "denoise");
    }
    clean.paste(x); // the caller's given frames as they were, not as the model was handed them
    return x;
  }

  private static float[] start(Canvas canvas, float[] noise, double t0) {
    float[] x = noise.clone();
    if (canvas.source() != null) {
      for (int i = 0; i < x.length; i++) x[i] = (float) ((1 - t0) * canvas.source()[i] + t0 * noise[i]);
    }
    canvas.paste(x);
    return x;
  }

  /** v(x, t), guided: v_u + g·(v_c − v_u); one batched pass of [conditional, unconditional]. */
  private Integrator.Velocity velocity(NDManager scope, Canvas canvas, TextStates prompt, double guidance) {
    boolean guided = guidance != 1.0;
    int batch = guided ? 2 : 1;
    int dim = model.config().textDim();
    TextBatch text = guided
        ? TextBatch.of(List.of(prompt, prompt), new boolean[] {false, true}, dim)
        : TextBatch.of(List.of(prompt), dim);
    float[] given = new float[batch * canvas.frames()];
    for (int b = 0; b < batch; b++) System.arraycopy(canvas.givenFrames(), 0, given, b * canvas.frames(), canvas.frames());
    return (x, t) -> {
      try (NDManager step = scope.newSubManager()) {
        float[] input = new float[batch * x.length];
        for (int b = 0; b < batch; b++) System.arraycopy(x, 0, input, b * x.length, x.length);
        NDArray latents = Tensors.of(step, input, batch, canvas.channels(), canvas.frames(), canvas.height(), canvas.width());
        float[] times = new float[batch];
        java.util.Arrays.fill(times, (float) t);
        float[] v = model.forward(latents, times, given, text, (float) canvas.givenNoise()).toFloatArray();
        if (!guided) return v;
        float[] out = new float[x.length];
        for (int i = 0; i < out.length; i++) {
          float conditional = v[i], unconditional = v[x.length + i];
          out[i] = unconditional + (float) guidance * (conditional - unconditional);
        }
        return out;
      }
    };
  }
}
