package dev.zoetrope.dit;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.compute.Scopes;
import dev.zoetrope.compute.Tensors;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.nn.Parameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffusionTransformerTest {
  static final DiTConfig CONFIG = ModelConfig.tiny().dit();

  @Test
  void zeroInitialisedModelPredictsZeroAndKeepsItsArrays() {
    try (NDManager weights = Compute.newManager()) {
      Parameters p = DiffusionTransformer.initialize(CONFIG, weights, new Rng(1));
      DiffusionTransformer model = new DiffusionTransformer(CONFIG, p);
      int before = Scopes.arrayCount(weights);
      try (NDManager step = Compute.newManager()) {
        NDArray x = Tensors.of(step, new Rng(2).gaussians(2 * 8 * 3 * 4 * 6), 2, 8, 3, 4, 6);
        TextBatch text = TextBatch.of(List.of(FakeText.of("a red ball", 384), FakeText.of("", 384)), 384);
        NDArray v = model.forward(x, new float[] {0.3f, 0.9f}, new float[] {1, 0, 0, 0, 0, 1}, text);
        assertArrayEquals(new long[] {2, 8, 3, 4, 6}, Tensors.shape(v));
        for (float value : v.toFloatArray()) assertEquals(0f, value);
      }
      assertEquals(before, Scopes.arrayCount(weights), "a forward pass must not leave arrays in the weights manager");
    }
  }

  @Test
  void appendedBlocksStartAsTheIdentity() {
    DiTConfig deeper = CONFIG.withDepth(CONFIG.depth() + 2);
    try (NDManager weights = Compute.newManager(); NDManager step = Compute.newManager()) {
      Parameters source = DiffusionTransformer.initialize(CONFIG, weights, new Rng(1));
      Parameters grown = DiffusionTransformer.initialize(deeper, weights, new Rng(1));
      // Every weight random (zero-initialised gates would hide any difference); the appended blocks keep their initial values.
      Rng rng = new Rng(3);
      var values = new java.util.HashMap<String, float[]>();
      source.toFloats().forEach((name, v) -> values.put(name, scaled(rng.gaussians(v.length), 0.2f)));
      source.load(values);
      var added = DiffusionTransformer.added(CONFIG, deeper, grown);
      assertEquals(grown.all().size() - source.all().size(), added.size());
      assertTrue(added.stream().allMatch(name -> name.startsWith("blocks.2.") || name.startsWith("blocks.3.")), added.toString());
      grown.toFloats().forEach((name, v) -> values.putIfAbsent(name, v));
      grown.load(values);

      NDArray x = Tensors.of(step, new Rng(2).gaussians(2 * 8 * 3 * 4 * 6), 2, 8, 3, 4, 6);
      TextBatch text = TextBatch.of(List.of(FakeText.of("a red ball", 384), FakeText.of("a blue star", 384)), 384);
      float[] t = {0.3f, 0.9f}, given = {1, 0, 0, 0, 0, 0};
      float[] expected = new DiffusionTransformer(CONFIG, source).forward(x, t, given, text).toFloatArray();
      float[] ungated = new DiffusionTransformer(deeper, grown).forward(x, t, given, text).toFloatArray();
      assertTrue(maxDifference(expected, ungated) > 1, "zero gates alone leave the cross-attention on: " + maxDifference(expected, ungated));
      DiffusionTransformer.silenceAppended(grown, CONFIG.depth());
      float[] silent = new DiffusionTransformer(deeper, grown).forward(x, t, given, text).toFloatArray();
      assertTrue(maxDifference(expected, silent) < 1e-3, "the appended blocks add nothing until they train: " + maxDifference(expected, silent));
    }
  }

  @Test
  void aTransformerGrowsOnlyInDepthAndByItsThreePaths() {
    try (NDManager weights = Compute.newManager()) {
      DiTConfig pooled = CONFIG.withPooledText(true);
      assertEquals(java.util.Set.of("text.pool.weight", "text.pool.bias"),
          DiffusionTransformer.added(CONFIG, pooled, DiffusionTransformer.initialize(pooled, weights, new Rng(1))));
      DiTConfig both = pooled.withPromptFacts(true);
      assertEquals(java.util.Set.of("facts.weight", "facts.bias"),
          DiffusionTransformer.added(pooled, both, DiffusionTransformer.initialize(both, weights, new Rng(1))));
      var removed = assertThrows(IllegalArgumentException.class,
          () -> DiffusionTransformer.added(both, pooled, DiffusionTransformer.initialize(pooled, weights, new Rng(1))));
      assertTrue(removed.getMessage().contains("prompt facts path can be added, not removed"), removed.getMessage());
      Parameters p = DiffusionTransformer.initialize(CONFIG, weights, new Rng(1));
      assertTrue(DiffusionTransformer.added(CONFIG, CONFIG, p).isEmpty());
      var shallower = assertThrows(IllegalArgumentException.class, () -> DiffusionTransformer.added(CONFIG.withDepth(3), CONFIG, p));
      assertTrue(shallower.getMessage().contains("can be added, not removed"), shallower.getMessage());
      assertThrows(IllegalArgumentException.class, () -> DiffusionTransformer.added(pooled, CONFIG, p));
      DiTConfig wider = new DiTConfig(8, 64, 2, 2, 2.0, 2, 384, 64);
      assertThrows(IllegalArgumentException.class, () -> DiffusionTransformer.added(CONFIG, wider, p));
      assertTrue(DiffusionTransformer.added(CONFIG, CONFIG.withContextNoise(0.3), p).isEmpty(), "context noise is a setting, no weights");
      DiTConfig reference = CONFIG.withReferenceFrame(true);
      assertEquals(java.util.Set.of("reference.weight", "reference.bias"),
          DiffusionTransformer.added(CONFIG, reference, DiffusionTransformer.initialize(reference, weights, new Rng(1))));
      var dropped = assertThrows(IllegalArgumentException.class, () -> DiffusionTransformer.added(reference, CONFIG, p));
      assertTrue(dropped.getMessage().contains("reference frame path can be added, not removed"), dropped.getMessage());
    }
  }

  @Test
  void theGivenFramesTimeReachesTheModelOnlyWhenFramesAreGiven() {
    try (NDManager weights = Compute.newManager(); NDManager step = Compute.newManager()) {
      Parameters p = DiffusionTransformer.initialize(CONFIG, weights, new Rng(1));
      Rng rng = new Rng(3);
      var values = new java.util.HashMap<String, float[]>();
      p.toFloats().forEach((name, v) -> values.put(name, scaled(rng.gaussians(v.length), 0.2f))); // random: zero gates hide everything
      p.load(values);
      DiffusionTransformer model = new DiffusionTransformer(CONFIG, p);
      NDArray x = Tensors.of(step, new Rng(2).gaussians(2 * 8 * 3 * 4 * 6), 2, 8, 3, 4, 6);
      TextBatch text = TextBatch.of(List.of(FakeText.of("a red ball", 384), FakeText.of("a blue star", 384)), 384);
      float[] t = {0.3f, 0.9f}, given = {1, 0, 0, 0, 0, 1};
      float[] clean = model.forward(x, t, given, text).toFloatArray();
      assertArrayEquals(clean, model.forward(x, t, given, text, 0f).toFloatArray(), "time 0 is the clean given frames' time");
      assertTrue(maxDifference(clean, model.forward(x, t, given, text, 0.3f).toFloatArray()) > 1e-3, "noised given frames are told so");
      float[] none = model.forward(x, t, null, text).toFloatArray();
      assertArrayEquals(none, model.forward(x, t, null, text, 0.3f).toFloatArray(), "with nothing given the time reaches no token");
    }
  }

  private static float[] scaled(float[] values, float factor) {
    for (int i = 0; i < values.length; i++) values[i] *= factor;
    return values;
  }

  private static double maxDifference(float[] a, float[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
    return max;
  }

  @Test
  void pooledTextStartsSilentAndThenCarriesOnlyTheKeptCaption() {
    TextBatch text = TextBatch.of(List.of(FakeText.of("a red ball", 384), FakeText.of("a blue star", 384)), new boolean[] {false, true}, 384);
    assertNewPathStartsSilentThenReachesOnlySampleZero(CONFIG.withPooledText(true), "text.pool", 384, text);
  }

  @Test
  void promptFactsStartSilentAndThenCarryOnlyTheKeptCaption() {
    TextBatch text = TextBatch.of(List.of(withFacts("a red ball, the camera pans left"), withFacts("a blue star moves up")),
        new boolean[] {false, true}, 384);
    assertArrayEquals(new float[PromptFacts.WIDTH], java.util.Arrays.copyOfRange(text.facts(), PromptFacts.WIDTH, 2 * PromptFacts.WIDTH),
        "a dropped caption has no facts");
    assertNewPathStartsSilentThenReachesOnlySampleZero(CONFIG.withPromptFacts(true), "facts", PromptFacts.WIDTH, text);
  }

  @Test
  void referenceFrameStartsSilentAndThenCarriesOnlyAGivenFrame() {
    TextBatch text = TextBatch.of(List.of(FakeText.of("a red ball", 384), FakeText.of("a blue star", 384)), 384);
    assertNewPathStartsSilentThenReachesOnlySampleZero(CONFIG.withReferenceFrame(true), "reference", CONFIG.patchValues(), text);
  }

  @Test
  void eachFramesReferenceIsItsNearestGivenFrame() {
    assertArrayEquals(new int[] {0, 0, 0, -1, -1, -1}, DiffusionTransformer.nearestGiven(new float[] {1, 0, 0, 0, 0, 0}, 2, 3));
    assertArrayEquals(new int[] {0, 0, 3, 3, 3}, DiffusionTransformer.nearestGiven(new float[] {1, 0, 0, 1, 0}, 1, 5),
        "a transition's frames take the nearer end; the earlier on a tie");
    assertArrayEquals(new int[] {1, 1, 1, 1}, DiffusionTransformer.nearestGiven(new float[] {0, 1, 0, 0}, 1, 4));
    assertArrayEquals(new int[] {-1, -1}, DiffusionTransformer.nearestGiven(null, 1, 2));
  }

  @Test
  void theReferenceFrameGivesEachTokenThePatchAtItsOwnPlace() {
    try (NDManager weights = Compute.newManager(); NDManager step = Compute.newManager()) {
      DiTConfig config = CONFIG.withReferenceFrame(true);
      Parameters p = DiffusionTransformer.initialize(config, weights, new Rng(1));
      // Zero modulation (as initialised) gates self-attention off, so no token sees another: only the
      // reference path can carry the given frame to the noisy ones, and only to the same place.
      Rng rng = new Rng(3);
      var values = new java.util.HashMap<>(p.toFloats());
      for (String name : new String[] {"reference.weight", "final.linear.weight"}) values.put(name, rng.gaussians(values.get(name).length));
      p.load(values);
      DiffusionTransformer model = new DiffusionTransformer(config, p);
      TextBatch text = TextBatch.of(List.of(FakeText.of("a red ball", 384)), 384);
      float[] a = new Rng(2).gaussians(8 * 3 * 4 * 6), b = a.clone();
      for (int y = 0; y < 2; y++) for (int x = 0; x < 2; x++) b[(2 * 4 + y) * 6 + x] += 1; // channel 0, frame 2, the top-left patch
      float[] given = {0, 0, 1};
      float[] va = model.forward(Tensors.of(step, a, 1, 8, 3, 4, 6), new float[] {0.5f}, given, text).toFloatArray();
      float[] vb = model.forward(Tensors.of(step, b, 1, 8, 3, 4, 6), new float[] {0.5f}, given, text).toFloatArray();
      for (int c = 0; c < 8; c++) {
        for (int f = 0; f < 2; f++) {
          for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 6; x++) {
              int i = ((c * 3 + f) * 4 + y) * 6 + x;
              if (y < 2 && x < 2) assertNotEquals(va[i], vb[i], "noisy frame " + f + " sees the given patch at its place");
              else assertEquals(va[i], vb[i], 1e-5f, "and nowhere else");
            }
          }
        }
      }
      float[] none = model.forward(Tensors.of(step, b, 1, 8, 3, 4, 6), new float[] {0.5f}, new float[3], text).toFloatArray();
      float[] noneA = model.forward(Tensors.of(step, a, 1, 8, 3, 4, 6), new float[] {0.5f}, new float[3], text).toFloatArray();
      assertArrayEquals(java.util.Arrays.copyOf(noneA, 2 * 4 * 6), java.util.Arrays.copyOf(none, 2 * 4 * 6), 1e-5f,
          "with nothing given, frame 2 is noise and reaches no other frame");
    }
  }

  @Test
  void promptFactsTellCameraMovesApartWhereTheTokensAreTheSame() {
    try (NDManager weights = Compute.newManager(); NDManager step = Compute.newManager()) {
      DiTConfig config = CONFIG.withPromptFacts(true);
      Parameters p = DiffusionTransformer.initialize(config, weights, new Rng(1));
      var values = new java.util.HashMap<String, float[]>();
      Rng rng = new Rng(3);
      p.toFloats().forEach((name, v) -> values.put(name, rng.gaussians(v.length)));
      p.load(values);
      TextStates tokens = FakeText.of("a red ball", 384);
      TextBatch text = TextBatch.of(List.of(
          new TextStates(tokens.tokens(), PromptFacts.of("a red ball, the camera pans left")),
          new TextStates(tokens.tokens(), PromptFacts.of("a red ball, the camera pans right"))), 384);
      float[] one = new Rng(2).gaussians(8 * 3 * 4 * 6);
      float[] both = new float[2 * one.length];
      System.arraycopy(one, 0, both, 0, one.length);
      System.arraycopy(one, 0, both, one.length, one.length);
      float[] v = new DiffusionTransformer(config, p).forward(Tensors.of(step, both, 2, 8, 3, 4, 6), new float[] {0.5f, 0.5f}, null, text)
          .toFloatArray();
      assertTrue(maxDifference(java.util.Arrays.copyOf(v, one.length), java.util.Arrays.copyOfRange(v, one.length, v.length)) > 1e-2,
          "the same tokens with different camera facts give different velocities");
    }
  }

  private static TextStates withFacts(String prompt) {
    return new TextStates(FakeText.of(prompt, 384).tokens(), PromptFacts.of(prompt));
  }

  /**
   * A transformer grown by a path whose projection {@code path} (from {@code inputs} values) starts
   * at zero computes what the plain one does; once that projection is not zero, sample 0 (a kept
   * caption, and the only sample with a given frame) reaches the output and sample 1 (a dropped
   * caption, nothing given) does not.
   */
  private static void assertNewPathStartsSilentThenReachesOnlySampleZero(DiTConfig grownConfig, String path, int inputs, TextBatch text) {
    try (NDManager weights = Compute.newManager(); NDManager step = Compute.newManager()) {
      Parameters plain = DiffusionTransformer.initialize(CONFIG, weights, new Rng(1));
      Parameters grown = DiffusionTransformer.initialize(grownConfig, weights, new Rng(1));
      // Every shared weight random and equal in both (zero-initialised gates would hide any difference).
      var values = new java.util.HashMap<String, float[]>();
      Rng rng = new Rng(3);
      plain.toFloats().forEach((name, v) -> values.put(name, rng.gaussians(v.length)));
      plain.load(values);
      values.put(path + ".weight", new float[inputs * CONFIG.hiddenSize()]);
      values.put(path + ".bias", new float[CONFIG.hiddenSize()]);
      grown.load(values);
      NDArray x = Tensors.of(step, new Rng(2).gaussians(2 * 8 * 3 * 4 * 6), 2, 8, 3, 4, 6);
      float[] t = {0.3f, 0.9f}, given = {1, 0, 0, 0, 0, 0};
      float[] expected = new DiffusionTransformer(CONFIG, plain).forward(x, t, given, text).toFloatArray();
      // Outputs near 200: libtorch's kernels round differently between the two graphs on some CPUs (6e-5 seen), hence 1e-2.
      assertArrayEquals(expected, new DiffusionTransformer(grownConfig, grown).forward(x, t, given, text).toFloatArray(),
          1e-2f, "a zero " + path + " projection leaves the model as it was");

      values.put(path + ".weight", rng.gaussians(inputs * CONFIG.hiddenSize()));
      grown.load(values);
      float[] moved = new DiffusionTransformer(grownConfig, grown).forward(x, t, given, text).toFloatArray();
      int half = moved.length / 2;
      assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOf(expected, half), java.util.Arrays.copyOf(moved, half)),
          "sample 0 reaches the output through the " + path + " path");
      assertArrayEquals(java.util.Arrays.copyOfRange(expected, half, moved.length), java.util.Arrays.copyOfRange(moved, half, moved.length),
          1e-2f, "sample 1 sends nothing through the " + path + " path");
    }
  }

  @Test
  void pooledAugmentationDropsOrShiftsOnlyThePooledVector() {
    DiTConfig config = CONFIG.withPooledText(true);
    try (NDManager weights = Compute.newManager(); NDManager step = Compute.newManager()) {
      Parameters p = DiffusionTransformer.initialize(config, weights, new Rng(1));
      var values = new java.util.HashMap<String, float[]>();
      Rng rng = new Rng(3);
      p.toFloats().forEach((name, v) -> values.put(name, rng.gaussians(v.length)));
      p.load(values);
      DiffusionTransformer model = new DiffusionTransformer(config, p);
      NDArray x = Tensors.of(step, new Rng(2).gaussians(3 * 8 * 3 * 4 * 6), 3, 8, 3, 4, 6);
      float[] t = {0.3f, 0.5f, 0.9f};
      TextBatch text = TextBatch.of(List.of(FakeText.of("a red ball", 384), FakeText.of("a blue star", 384), FakeText.of("a cube", 384)),
          new boolean[] {false, false, true}, 384);
      float[] plain = model.forward(x, t, null, text).toFloatArray();
      float[] noise = new Rng(4).gaussians(3 * 384);
      assertArrayEquals(plain, model.forward(x, t, null, text.withPooledAugment(new boolean[3], noise, 0)).toFloatArray(),
          1e-2f, "no noise and nothing dropped is the plain batch");

      TextBatch augmented = text.withPooledAugment(new boolean[] {true, false, false}, noise, 1.0);
      assertArrayEquals(new float[] {0, 1, 0}, augmented.pooledKeep(), "the pool-dropped and the caption-dropped sample keep no pooled vector");
      for (int k = 0; k < 384; k++) {
        assertEquals(0f, augmented.pooledNoise()[k]);
        assertEquals(noise[384 + k], augmented.pooledNoise()[384 + k]);
        assertEquals(0f, augmented.pooledNoise()[2 * 384 + k], "a caption dropped for guidance stays unconditional");
      }
      float[] moved = model.forward(x, t, null, augmented).toFloatArray();
      int third = plain.length / 3;
      TextBatch textOnly = TextBatch.of(List.of(FakeText.of("a red ball", 384)), 384);
      values.put("text.pool.weight", new float[384 * CONFIG.hiddenSize()]);
      p.load(values);
      float[] tokensOnly = model.forward(x.get("0:1"), new float[] {0.3f}, null, textOnly).toFloatArray();
      assertArrayEquals(tokensOnly, java.util.Arrays.copyOf(moved, third), 1e-2f, // outputs near 250: batch-size rounding only
          "a dropped pooled vector leaves the tokens and the projection's bias, as a zero projection does");
      assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOfRange(plain, third, 2 * third),
          java.util.Arrays.copyOfRange(moved, third, 2 * third)), "noise moves the kept caption's pooled vector");
      assertArrayEquals(java.util.Arrays.copyOfRange(plain, 2 * third, plain.length), java.util.Arrays.copyOfRange(moved, 2 * third, plain.length),
          1e-2f, "the unconditional sample is untouched");
      assertThrows(IllegalArgumentException.class, () -> text.withPooledAugment(new boolean[2], noise, 1.0));
    }
  }

  @Test
  void ropeDependsOnlyOnRelativePosition() {
    int d = 16;
    try (NDManager m = Compute.newManager()) {
      float[] q = new Rng(3).gaussians(d), k = new Rng(4).gaussians(d);
      var tables = Rope3d.tables(m, 4, 3, 3, d); // tokens (t, y, x) in order
      float[] cos = tables.get(0).toFloatArray(), sin = tables.get(1).toFloatArray();
      // token (1,0,0) vs (2,1,1) and (2,1,1) vs (3,2,2): same offset, same score
      double a = dot(rotate(q, cos, sin, index(1, 0, 0), d), rotate(k, cos, sin, index(2, 1, 1), d));
      double b = dot(rotate(q, cos, sin, index(2, 1, 1), d), rotate(k, cos, sin, index(3, 2, 2), d));
      assertEquals(a, b, 1e-4);
      NDArray x = Tensors.of(m, q, 1, 1, 1, d);
      NDArray rotated = Rope3d.rotate(x, tables.get(0).get("5:6"), tables.get(1).get("5:6"));
      assertArrayEquals(rotate(q, cos, sin, 5, d), rotated.toFloatArray(), 1e-5f);
    }
  }

  @Test
  void patchifyRoundTrips() {
    try (NDManager m = Compute.newManager()) {
      float[] x = new Rng(5).gaussians(2 * 3 * 2 * 4 * 6);
      NDArray tokens = Patches.patchify(Tensors.of(m, x, 2, 3, 2, 4, 6), 2);
      assertArrayEquals(new long[] {2, 12, 12}, Tensors.shape(tokens));
      assertArrayEquals(x, Patches.unpatchify(tokens, 3, 2, 4, 6, 2).toFloatArray());
    }
  }

  static int index(int t, int y, int x) {
    return (t * 3 + y) * 3 + x;
  }

  static float[] rotate(float[] v, float[] cos, float[] sin, int token, int d) {
    float[] out = new float[d];
    for (int i = 0; i < d / 2; i++) {
      float c = cos[token * d + i], s = sin[token * d + i];
      out[i] = v[i] * c - v[i + d / 2] * s;
      out[i + d / 2] = v[i + d / 2] * c + v[i] * s;
    }
    return out;
  }

  static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
