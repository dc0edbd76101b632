package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.dit.PromptEncoder;
import dev.zoetrope.dit.TextBatch;
import dev.zoetrope.dit.TextStates;
import dev.zoetrope.vae.Pixels;
import dev.zoetrope.world.caption.Captioner;
import dev.zoetrope.world.render.FrameTruth;
import dev.zoetrope.world.render.Mask;
import dev.zoetrope.world.render.ObjectTruth;
import dev.zoetrope.world.render.RenderedClip;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How much a trained transformer uses its caption: the flow loss on fresh world clips at fixed
 * noise levels, with each clip's short prompt and with the caption dropped, split into the latent
 * positions an object touches (from the renderer's masks) and the background. Objects are what the
 * caption names and what the oracle bench reads; a model whose object loss barely changes when the
 * caption is dropped has not learnt to follow prompts, whatever its overall loss. Seconds to run,
 * against minutes for the oracle bench, so it can follow a training run.
 */
public final class CaptionUse {
  private CaptionUse() {}

  /** Mean squared velocity error at noise level {@code t}, per region, with and without the caption. */
  public record Row(double t, double objectCaptioned, double objectDropped, double backgroundCaptioned, double backgroundDropped) {
    /** Share of the object loss the caption removes. */
    public double objectGain() {
      return 1 - objectCaptioned / objectDropped;
    }
  }

  /** The rows, and the share of latent positions that objects touch. */
  public record Report(Bucket bucket, int clips, double objectShare, List<Row> rows) {}

  /** {@code clips} scenes drawn from {@code spec} by {@code seed}, rendered at {@code bucket}, measured at each of {@code times}. */
  public static Report measure(Model model, PromptEncoder text, WorldSpec spec, Bucket bucket, int clips, long seed, double[] times) {
    if (clips < 1) throw new IllegalArgumentException("at least one clip is needed, got " + clips);
    for (double t : times) {
      if (!(t > 0 && t < 1)) throw new IllegalArgumentException("noise levels must lie strictly between 0 and 1, got " + t);
    }
    var sampler = new SceneSampler(spec);
    var config = model.config().autoencoder();
    int frames = bucket.frames(), height = bucket.height(), width = bucket.width();
    List<float[]> latents = new ArrayList<>();
    List<TextStates> captions = new ArrayList<>();
    float[] objects = null;
    int[] shape = null;
    for (int i = 0; i < clips; i++) {
      Scene scene = sampler.sample(Rng.derive(seed, i).nextLong());
      RenderedClip clip = Renderer.render(scene, new RenderSpec(width, height, model.config().fps(), frames));
      try (NDManager m = Compute.newManager()) {
        NDArray latent = model.autoencoder().encode(Tensors.of(m, Pixels.toFloats(clip.video(), 0, frames), 1, 3, frames, height, width));
        long[] s = Tensors.shape(latent); // (1, C, F, h, w)
        shape = new int[] {(int) s[1], (int) s[2], (int) s[3], (int) s[4]};
        latents.add(Tensors.floats(latent));
      }
      if (objects == null) objects = new float[clips * shape[1] * shape[2] * shape[3]];
      markObjects(clip.truth(), config.temporalDownsample(), config.spatialDownsample(), shape, objects, i);
      captions.add(text.encode(Captioner.captions(scene).shortPrompt()));
    }
    double share = 0;
    for (float v : objects) share += v;
    share /= objects.length;
    boolean[] dropped = new boolean[clips];
    Arrays.fill(dropped, true);
    TextBatch captioned = TextBatch.of(captions, model.config().dit().textDim());
    TextBatch blank = TextBatch.of(captions, dropped, model.config().dit().textDim());
    Rng noise = Rng.derive(seed, -1);
    List<Row> rows = new ArrayList<>();
    try (NDManager m = Compute.newManager()) {
      NDArray x0 = Tensors.of(m, concat(latents), clips, shape[0], shape[1], shape[2], shape[3]);
      NDArray object = Tensors.of(m, objects, clips, 1, shape[1], shape[2], shape[3]);
      NDArray background = object.neg().add(1f);
      for (double t : times) {
        NDArray eps = Tensors.of(m, noise.gaussians((int) x0.size()), Tensors.shape(x0));
        NDArray xt = x0.mul((float) (1 - t)).add(eps.mul((float) t));
        NDArray target = eps.sub(x0);
        float[] ts = new float[clips];
        Arrays.fill(ts, (float) t);
        NDArray withCaption = model.transformer().forward(xt, ts, null, captioned).sub(target).square().mean(new int[] {1}, true);
        NDArray without = model.transformer().forward(xt, ts, null, blank).sub(target).square().mean(new int[] {1}, true);
        rows.add(new Row(t, regionMean(withCaption, object), regionMean(without, object), regionMean(withCaption, background),
            regionMean(without, background)));
      }
    }
    return new Report(bucket, clips, share, rows);
  }

  /**
   * Marks in {@code into} (clip {@code clip} of (N, F, h, w)) every latent position whose pixels any
   * visible object covers in any frame that latent frame encodes: frame 0 alone, then τ frames each.
   */
  static void markObjects(List<FrameTruth> truth, int tau, int stride, int[] shape, float[] into, int clip) {
    int latentFrames = shape[1], h = shape[2], w = shape[3];
    for (FrameTruth frame : truth) {
      int f = frame.index() == 0 ? 0 : 1 + (frame.index() - 1) / tau;
      if (f >= latentFrames) continue;
      for (ObjectTruth o : frame.objects()) {
        if (!o.visible()) continue;
        Mask mask = o.mask();
        for (int y = Math.max(0, mask.box().y0()); y < Math.min(h * stride, mask.box().y1()); y++) {
          for (int x = Math.max(0, mask.box().x0()); x < Math.min(w * stride, mask.box().x1()); x++) {
            if (mask.coverage(x, y) > 0) into[((clip * latentFrames + f) * h + y / stride) * w + x / stride] = 1;
          }
        }
      }
    }
  }

  private static double regionMean(NDArray error, NDArray region) {
    double count = region.sum().getFloat();
    return count == 0 ? Double.NaN : error.mul(region).sum().getFloat() / count;
  }

  private static float[] concat(List<float[]> parts) {
    float[] all = new float[parts.stream().mapToInt(p -> p.length).sum()];
    int at = 0;
    for (float[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
