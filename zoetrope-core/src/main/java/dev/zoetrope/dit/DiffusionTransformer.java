package dev.zoetrope.dit;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.nn.Init;
import dev.zoetrope.nn.Ops;
import dev.zoetrope.nn.Parameters;
import java.util.Set;
import java.util.TreeSet;

/**
 * The diffusion transformer (Peebles & Xie, 2023, "Scalable Diffusion Models with Transformers"),
 * over spacetime patches of a video latent. Per token it knows whether its latent frame is given
 * (a clean conditioning frame, whose timestep is 0) or noisy; it predicts the flow velocity ε − x₀.
 */
public final class DiffusionTransformer {
  /**
   * The prompt facts' ones enter their projection as this. Adam moves each weight by about the
   * learning rate a step whatever its input, so the gain is the zero-initialised path's reach: at a
   * gain of 1 and lr 2e-4, the camera rows of the projection reached a norm of only 0.08 in 2,500
   * steps, against the timestep embedding's 0.86 they join.
   */
  static final float FACTS_GAIN = 8f;
  private final DiTConfig config;
  private final Parameters weights;

  public DiffusionTransformer(DiTConfig config, Parameters weights) {
    this.config = config;
    this.weights = weights;
  }

  public DiTConfig config() {
    return config;
  }

  public Parameters weights() {
    return weights;
  }

  /**
   * Velocity for noisy latents x (B, C, F, h, w) at per-sample times {@code t} (B), where
   * {@code given} (B·F, 1 = given) marks clean conditioning frames. Returns (B, C, F, h, w) in
   * x's manager.
   */
  public NDArray forward(NDArray x, float[] t, float[] given, TextBatch text) {
    return forward(x, t, given, text, 0f);
  }

  /**
   * The same with the given frames at flow time {@code givenTime} (0 = clean): their tokens get that
   * time's modulation, for given frames noised to it ({@link dev.zoetrope.config.DiTConfig#contextNoise}).
   */
  public NDArray forward(NDArray x, float[] t, float[] given, TextBatch text, float givenTime) {
    NDManager m = x.getManager();
    Shape s = x.getShape();
    int batch = (int) s.get(0), frames = (int) s.get(2), height = (int) s.get(3), width = (int) s.get(4);
    int p = config.patchSize(), rows = height / p, columns = width / p, tokens = frames * rows * columns;
    NDArray h = Ops.linear(Patches.patchify(x, p), w("patch.weight"), w("patch.bias")); // (B, L, D)
    if (config.referenceFrame()) h = h.add(reference(x, given, p)); // (B, L, D)
    Condition condition = condition(m, t, given, givenTime, batch, frames, rows * columns, text);
    NDList rope = Rope3d.tables(m, frames, rows, columns, config.headSize()); // 2 × (L, d)
    NDArray context = textContext(m, text); // (B, Lt+1, D)
    NDArray textBias = textBias(m, text); // (B, 1, 1, Lt+1)
    for (int i = 0; i < config.depth(); i++) {
      h = block(h, "blocks." + i + ".", condition, rope, context, textBias);
    }
    NDList finalMod = condition.modulation(this, "final.modulation", 2); // (B, L|1, D) × 2
    h = Ops.modulate(Ops.layerNorm(h), finalMod.get(0), finalMod.get(1));
    NDArray out = Ops.linear(h, w("final.linear.weight"), w("final.linear.bias")); // (B, L, P)
    return Patches.unpatchify(out, config.latentChannels(), frames, height, width, p);
  }

  /**
   * The reference frame path: each latent frame's nearest given frame in x (zeros for a sample with
   * none given), patchified and projected, so each token sees the given patch at its own place.
   */
  private NDArray reference(NDArray x, float[] given, int p) {
    Shape s = x.getShape();
    int batch = (int) s.get(0), channels = (int) s.get(1), frames = (int) s.get(2);
    int[] nearest = nearestGiven(given, batch, frames);
    float[] select = new float[batch * frames * frames];
    for (int i = 0; i < nearest.length; i++) {
      if (nearest[i] >= 0) select[i * frames + nearest[i]] = 1;
    }
    NDArray selection = Tensors.of(x.getManager(), select, batch, 1, frames, frames); // (B, 1, F, F)
    NDArray picked = selection.matMul(x.reshape(batch, channels, frames, s.get(3) * s.get(4))).reshape(s); // (B, C, F, h, w)
    return Ops.linear(Patches.patchify(picked, p), w("reference.weight"), w("reference.bias")); // (B, L, D)
  }

  /**
   * For each sample's latent frame (B·F), the index of its nearest given frame (the earlier on a tie,
   * itself when given), or -1 when the sample has none given ({@code given} null: none at all).
   */
  static int[] nearestGiven(float[] given, int batch, int frames) {
    int[] nearest = new int[batch * frames];
    java.util.Arrays.fill(nearest, -1);
    for (int b = 0; b < batch && given != null; b++) {
      for (int f = 0; f < frames; f++) {
        for (int g = 0; g < frames; g++) {
          int best = nearest[b * frames + f];
          if (given[b * frames + g] > 0 && (best < 0 || Math.abs(g - f) < Math.abs(best - f))) nearest[b * frames + f] = g;
        }
      }
    }
    return nearest;
  }

  private NDArray block(NDArray h, String name, Condition condition, NDList rope, NDArray context, NDArray textBias) {
    NDList mod = condition.modulation(this, name + "modulation", 6); // 6 × (B, L|1, D)
    NDArray a = Ops.modulate(Ops.layerNorm(h), mod.get(0), mod.get(1));
    h = h.add(selfAttention(a, name + "self.", rope).mul(mod.get(2))); // (B, L, D)
    h = h.add(crossAttention(Ops.layerNorm(h), name + "cross.", context, textBias));
    NDArray b = Ops.modulate(Ops.layerNorm(h), mod.get(3), mod.get(4));
    NDArray mlp = Ops.linear(Ops.gelu(Ops.linear(b, w(name + "mlp.in.weight"), w(name + "mlp.in.bias"))),
        w(name + "mlp.out.weight"), w(name + "mlp.out.bias")); // (B, L, D)
    return h.add(mlp.mul(mod.get(5)));
  }

  private NDArray selfAttention(NDArray x, String name, NDList rope) {
    NDList qkv = Ops.linear(x, w(name + "qkv.weight"), w(name + "qkv.bias")).split(3, 2); // 3 × (B, L, D)
    NDArray q = Rope3d.rotate(Ops.splitHeads(qkv.get(0), config.heads()), rope.get(0), rope.get(1)); // (B, h, L, d)
    NDArray k = Rope3d.rotate(Ops.splitHeads(qkv.get(1), config.heads()), rope.get(0), rope.get(1));
    NDArray v = Ops.splitHeads(qkv.get(2), config.heads());
    NDArray attended = Ops.mergeHeads(Ops.attention(q, k, v, null)); // (B, L, D)
    return Ops.linear(attended, w(name + "out.weight"), w(name + "out.bias"));
  }

  private NDArray crossAttention(NDArray x, String name, NDArray context, NDArray textBias) {
    NDArray q = Ops.splitHeads(Ops.linear(x, w(name + "q.weight"), w(name + "q.bias")), config.heads()); // (B, h, L, d)
    NDList kv = Ops.linear(context, w(name + "kv.weight"), w(name + "kv.bias")).split(2, 2); // 2 × (B, Lt+1, D)
    NDArray k = Ops.splitHeads(kv.get(0), config.heads());
    NDArray v = Ops.splitHeads(kv.get(1), config.heads());
    NDArray attended = Ops.mergeHeads(Ops.attention(q, k, v, textBias)); // (B, L, D)
    return Ops.linear(attended, w(name + "out.weight"), w(name + "out.bias"));
  }

  /** Text states, normalised and projected, followed by the learned null token: (B, Lt+1, D). */
  private NDArray textContext(NDManager m, TextBatch text) {
    NDArray states = Tensors.of(m, text.states(), text.batch(), text.length(), text.dimension()); // (B, Lt, Dt)
    NDArray projected = Ops.linear(Ops.layerNorm(states), w("text.weight"), w("text.bias")); // (B, Lt, D)
    NDArray nullToken = m.zeros(new Shape(text.batch(), 1, config.hiddenSize())).add(w("text.null")); // (B, 1, D)
    return projected.concat(nullToken, 1);
  }

  private static NDArray textBias(NDManager m, TextBatch text) {
    int length = text.length() + 1;
    float[] bias = new float[text.batch() * length];
    for (int b = 0; b < text.batch(); b++) {
      for (int i = 0; i < text.length(); i++) {
        bias[b * length + i] = text.keep()[b * text.length() + i] > 0 ? 0f : -1e9f;
      }
    }
    return Tensors.of(m, bias, text.batch(), 1, 1, length);
  }

  private Condition condition(NDManager m, float[] t, float[] given, float givenTime, int batch, int frames, int tokensPerFrame,
      TextBatch text) {
    float[] times = new float[batch + 1];
    System.arraycopy(t, 0, times, 0, batch);
    times[batch] = givenTime; // the last row is the time of given tokens
    NDArray frequencies = Tensors.of(m, TimestepEmbedding.sinusoid(times, config.frequencySize()), batch + 1, config.frequencySize());
    NDArray embedded = Ops.linear(Ops.silu(Ops.linear(frequencies, w("time.in.weight"), w("time.in.bias"))),
        w("time.out.weight"), w("time.out.bias")); // (B+1, D)
    NDArray noisyTime = embedded.get("0:" + batch); // (B, D)
    NDArray cleanTime = embedded.get(batch + ":"); // (1, D)
    if (config.pooledText()) {
      NDArray normed = Ops.layerNorm(Tensors.of(m, meanTokenStates(text), text.batch(), text.dimension())); // (B, Dt)
      if (text.pooledKeep() != null) {
        normed = normed.mul(Tensors.of(m, text.pooledKeep(), text.batch(), 1))
            .add(Tensors.of(m, text.pooledNoise(), text.batch(), text.dimension()));
      }
      NDArray pooled = Ops.linear(normed, w("text.pool.weight"), w("text.pool.bias")); // (B, D)
      noisyTime = noisyTime.add(pooled);
      cleanTime = cleanTime.add(pooled); // (B, D)
    }
    if (config.promptFacts()) {
      NDArray stated = Tensors.of(m, text.facts(), text.batch(), PromptFacts.WIDTH).mul(FACTS_GAIN); // (B, Ff)
      NDArray facts = Ops.linear(stated, w("facts.weight"), w("facts.bias")); // (B, D)
      noisyTime = noisyTime.add(facts);
      cleanTime = cleanTime.add(facts); // (B, D)
    }
    NDArray noisy = Ops.silu(noisyTime).expandDims(1); // (B, 1, D)
    NDArray clean = Ops.silu(cleanTime).expandDims(1); // (1|B, 1, D)
    boolean anyGiven = false;
    float[] perToken = new float[batch * frames * tokensPerFrame];
    for (int b = 0; b < batch; b++) {
      for (int f = 0; f < frames; f++) {
        float flag = given == null ? 0f : given[b * frames + f];
        anyGiven |= flag > 0;
        java.util.Arrays.fill(perToken, (b * frames + f) * tokensPerFrame, (b * frames + f + 1) * tokensPerFrame, flag);
      }
    }
    NDArray tokenGiven = anyGiven ? Tensors.of(m, perToken, batch, (long) frames * tokensPerFrame, 1) : null; // (B, L, 1)
    return new Condition(noisy, clean, tokenGiven);
  }

  /** Each caption's mean kept token state (B, Dt); a dropped caption keeps none and pools to zeros. */
  static float[] meanTokenStates(TextBatch text) {
    int dimension = text.dimension();
    float[] pooled = new float[text.batch() * dimension];
    for (int b = 0; b < text.batch(); b++) {
      int kept = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.keep()[b * text.length() + i] <= 0) continue;
        kept++;
        for (int k = 0; k < dimension; k++) pooled[b * dimension + k] += text.states()[(b * text.length() + i) * dimension + k];
      }
      for (int k = 0; kept > 0 && k < dimension; k++) pooled[b * dimension + k] /= kept;
    }
    return pooled;
  }

  /** The timestep condition of noisy and given tokens; {@code given} is null when no token is given. */
  private record Condition(NDArray noisy, NDArray clean, NDArray given) {
    /** adaLN modulation split in {@code parts}: each (B, 1, D), or (B, L, D) when some tokens are given. */
    NDList modulation(DiffusionTransformer model, String name, int parts) {
      NDArray weight = model.w(name + ".weight"), bias = model.w(name + ".bias");
      NDArray mod = Ops.linear(noisy, weight, bias); // (B, 1, parts·D)
      if (given != null) {
        NDArray cleanMod = Ops.linear(clean, weight, bias); // (1, 1, parts·D)
        mod = mod.add(given.mul(cleanMod.sub(mod))); // (B, L, parts·D): a per-token choice
      }
      return mod.split(parts, 2);
    }
  }

  NDArray w(String name) {
    return weights.get(name);
  }

  /**
   * All weights, in one place (DiT's recipe). Linear layers start Xavier-uniform. Zero-init is
   * deliberate: every adaLN modulation starts at zero, so each block's gates are zero and the block
   * is the identity at step 0 (adaLN-Zero); the final projection starts at zero so the first
   * prediction is exactly 0. The timestep MLP and the text null token start small and normal. The
   * pooled text, prompt facts and reference frame projections start at zero, so adding any of them
   * to a trained transformer changes nothing until it learns.
   */
  public static Parameters initialize(DiTConfig c, NDManager manager, Rng rng) {
    Parameters p = new Parameters(manager);
    int d = c.hiddenSize();
    linear(p, rng, "patch", c.patchValues(), d);
    p.put("time.in.weight", Init.normal(rng, c.frequencySize() * d, 0.02), c.frequencySize(), d);
    p.put("time.in.bias", Init.zeros(d), d);
    p.put("time.out.weight", Init.normal(rng, d * d, 0.02), d, d);
    p.put("time.out.bias", Init.zeros(d), d);
    linear(p, rng, "text", c.textDim(), d);
    p.put("text.null", Init.normal(rng, d, 0.02), 1, 1, d);
    if (c.pooledText()) zeroLinear(p, "text.pool", c.textDim(), d);
    if (c.promptFacts()) zeroLinear(p, "facts", PromptFacts.WIDTH, d);
    if (c.referenceFrame()) zeroLinear(p, "reference", c.patchValues(), d);
    for (int i = 0; i < c.depth(); i++) {
      String b = "blocks." + i + ".";
      zeroLinear(p, b + "modulation", d, 6 * d);
      linear(p, rng, b + "self.qkv", d, 3 * d);
      linear(p, rng, b + "self.out", d, d);
      linear(p, rng, b + "cross.q", d, d);
      linear(p, rng, b + "cross.kv", d, 2 * d);
      linear(p, rng, b + "cross.out", d, d);
      linear(p, rng, b + "mlp.in", d, c.mlpHidden());
      linear(p, rng, b + "mlp.out", c.mlpHidden(), d);
    }
    zeroLinear(p, "final.modulation", d, 2 * d);
    zeroLinear(p, "final.linear", d, c.patchValues());
    return p;
  }

  /**
   * The weights of {@code grown} (a transformer of config {@code grownConfig}) that one of config
   * {@code source} lacks: the pooled text, prompt facts and reference frame projections when it adds
   * those paths, and every block past the source's depth. A transformer grows only in depth and by
   * those three paths (its context noise, a training setting with no weights, may change): anything
   * else refused.
   */
  public static Set<String> added(DiTConfig source, DiTConfig grownConfig, Parameters grown) {
    if (grownConfig.depth() < source.depth()) {
      throw new IllegalArgumentException(
          "depth " + grownConfig.depth() + " is below the transformer's " + source.depth() + " blocks: blocks can be added, not removed");
    }
    if (source.pooledText() && !grownConfig.pooledText()) throw new IllegalArgumentException("the pooled text path can be added, not removed");
    if (source.promptFacts() && !grownConfig.promptFacts()) throw new IllegalArgumentException("the prompt facts path can be added, not removed");
    if (source.referenceFrame() && !grownConfig.referenceFrame()) {
      throw new IllegalArgumentException("the reference frame path can be added, not removed");
    }
    DiTConfig grownSource = source.withDepth(grownConfig.depth()).withPooledText(grownConfig.pooledText())
        .withPromptFacts(grownConfig.promptFacts()).withContextNoise(grownConfig.contextNoise())
        .withReferenceFrame(grownConfig.referenceFrame());
    if (!grownSource.equals(grownConfig)) {
      throw new IllegalArgumentException(
          "a transformer grows only in depth and by the pooled text, prompt facts and reference frame paths: " + source + " -> " + grownConfig);
    }
    Set<String> names = new TreeSet<>();
    for (String name : grown.all().keySet()) {
      boolean pooled = name.startsWith("text.pool.") && !source.pooledText();
      boolean facts = name.startsWith("facts.") && !source.promptFacts();
      boolean reference = name.startsWith("reference.") && !source.referenceFrame();
      boolean appended = name.startsWith("blocks.") && Integer.parseInt(name.split("\\.")[1]) >= source.depth();
      if (pooled || facts || reference || appended) names.add(name);
    }
    return names;
  }

  /**
   * Makes the blocks from {@code sourceDepth} on the identity: their modulation, and so their gates,
   * starts at zero already; the cross-attention, which no gate scales, gets a zero output projection.
   * The grown transformer then computes exactly what the source did until it trains, and the zero
   * projection still receives gradients.
   */
  public static void silenceAppended(Parameters weights, int sourceDepth) {
    for (int i = sourceDepth; weights.all().containsKey("blocks." + i + ".cross.out.weight"); i++) {
      for (String name : new String[] {"blocks." + i + ".cross.out.weight", "blocks." + i + ".cross.out.bias"}) {
        NDArray array = weights.get(name);
        array.set(Init.zeros((int) array.size()));
      }
    }
  }

  private static void linear(Parameters p, Rng rng, String name, int in, int out) {
    p.put(name + ".weight", Init.xavier(rng, in * out, in, out), in, out);
    p.put(name + ".bias", Init.zeros(out), out);
  }

  private static void zeroLinear(Parameters p, String name, int in, int out) {
    p.put(name + ".weight", Init.zeros(in * out), in, out);
    p.put(name + ".bias", Init.zeros(out), out);
  }

  /** Multiply-adds ×2 of one forward pass of one sample with no given frames (the benchmark's count). */
  public static double forwardFlops(DiTConfig c, int tokens, int textTokens) {
    double d = c.hiddenSize(), l = tokens, lt = textTokens + 1;
    double perBlock = d * 6 * d // modulation: once per sample when no token is given
        + l * d * 3 * d + 2 * l * l * d + l * d * d // self-attention
        + l * d * d + lt * d * 2 * d + 2 * l * lt * d + l * d * d // cross-attention
        + 2 * l * d * c.mlpHidden();
    double edges = l * c.patchValues() * d + lt * c.textDim() * d + l * d * c.patchValues();
    return 2 * (c.depth() * perBlock + edges);
  }
}
