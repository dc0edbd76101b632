package dev.zoetrope.sample;

import static org.junit.jupiter.api.Assertions.*;

import ai.djl.ndarray.NDManager;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.compute.Rng;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.config.GuidanceInterval;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.dit.DiffusionTransformer;
import dev.zoetrope.dit.FakeText;
import dev.zoetrope.generate.ProgressListener;
import dev.zoetrope.nn.Parameters;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/** The guidance interval on a transformer with random weights, so guided and plain velocities differ. */
class SamplingCoreTest {
  static final ModelConfig TINY = ModelConfig.tiny();

  static float[] sample(NDManager scope, DiffusionTransformer model, SamplerConfig sampler) {
    return sample(scope, model, sampler, 7);
  }

  static float[] sample(NDManager scope, DiffusionTransformer model, SamplerConfig sampler, long seed) {
    DiTConfig c = model.config();
    Canvas canvas = Canvas.empty(c.latentChannels(), 2, 4, 4);
    return new SamplingCore(model, TINY.flow()).sample(scope, canvas, FakeText.of("a red ball bounces", c.textDim()), sampler, seed,
        ProgressListener.NONE);
  }

  /** The tiny transformer with random weights of scale 0.2, so its velocity depends on its inputs. */
  static DiffusionTransformer randomModel(NDManager weights) {
    DiTConfig config = TINY.dit();
    Parameters p = DiffusionTransformer.initialize(config, weights, new Rng(1));
    var values = new HashMap<String, float[]>();
    Rng rng = new Rng(3);
    p.toFloats().forEach((name, v) -> {
      float[] random = rng.gaussians(v.length);
      for (int i = 0; i < random.length; i++) random[i] *= 0.2f;
      values.put(name, random);
    });
    p.load(values);
    return new DiffusionTransformer(config, p);
  }

  @Test
  void ancestralSamplingIsFixedByTheSeed() {
    try (NDManager weights = Compute.newManager(); NDManager scope = Compute.newManager()) {
      DiffusionTransformer model = randomModel(weights);
      SamplerConfig ancestral = new SamplerConfig("ancestral", 4, 3.0);
      float[] first = sample(scope, model, ancestral);
      assertArrayEquals(first, sample(scope, model, ancestral), "the seed fixes the step noise too");
      assertFalse(java.util.Arrays.equals(first, sample(scope, model, ancestral, 8)), "another seed, another sample");
      float[] euler = sample(scope, model, new SamplerConfig("euler", 4, 3.0));
      assertFalse(java.util.Arrays.equals(first, euler), "not the ODE's sample");
      assertArrayEquals(euler, sample(scope, model, new SamplerConfig("ancestral", 4, 3.0, GuidanceInterval.ALL, 0)), 1e-4f,
          "eta 0 reaches the integrator: Euler's sample");
    }
  }

  @Test
  void guidanceAppliesOnlyInsideItsInterval() {
    try (NDManager weights = Compute.newManager(); NDManager scope = Compute.newManager()) {
      DiffusionTransformer model = randomModel(weights);

      float[] guided = sample(scope, model, new SamplerConfig("euler", 4, 3.0));
      float[] plain = sample(scope, model, new SamplerConfig("euler", 4, 1.0));
      assertFalse(java.util.Arrays.equals(guided, plain), "random weights: guidance changes the sample");
      assertArrayEquals(guided, sample(scope, model, new SamplerConfig("euler", 4, 3.0, new GuidanceInterval(0, 1))),
          "the whole interval is the plain guided sampler");
      // 4 steps evaluate at t = 1, 0.75, 0.5, 0.25 (8 tokens: no resolution shift): none lies in [0, 0.1].
      assertArrayEquals(plain, sample(scope, model, new SamplerConfig("euler", 4, 3.0, new GuidanceInterval(0, 0.1))),
          "an interval no step falls in is guidance 1");
      float[] early = sample(scope, model, new SamplerConfig("euler", 4, 3.0, new GuidanceInterval(0.6, 1)));
      assertFalse(java.util.Arrays.equals(early, guided), "steps outside the interval are not guided");
      assertFalse(java.util.Arrays.equals(early, plain), "steps inside the interval are guided");
    }
  }

  @Test
  void intervalsParseAndRefuseNonsense() {
    assertEquals(new GuidanceInterval(0.2, 0.9), GuidanceInterval.parse("0.2, 0.9"));
    assertTrue(new GuidanceInterval(0.2, 0.9).contains(0.2));
    assertFalse(new GuidanceInterval(0.2, 0.9).contains(0.95));
    for (String bad : new String[] {"0.9,0.2", "0.5,0.5", "-0.1,0.5", "0.1,1.5", "0.3", "a,b", "0.1,0.2,0.3"}) {
      var e = assertThrows(IllegalArgumentException.class, () -> GuidanceInterval.parse(bad), bad);
      assertTrue(e.getMessage().contains("guidance interval"), e.getMessage());
    }
    assertEquals(new GuidanceInterval(0.3, 1), SamplerConfig.defaults().interval());
    SamplerConfig narrowed = SamplerConfig.defaults().withInterval(new GuidanceInterval(0.3, 1)).with(8, 2.0);
    assertEquals(new SamplerConfig("euler", 8, 2.0, new GuidanceInterval(0.3, 1)), narrowed);
    assertFalse(new SamplerConfig("euler", 4, 1.0).guidedAt(0.5), "guidance 1 never needs the second pass");
  }

  @Test
  void etaIsTheAncestralSamplersAndKeptByItsCopies() {
    SamplerConfig half = new SamplerConfig("ancestral", 20, 4.0, new GuidanceInterval(0.3, 1), 0.5);
    assertEquals(0.5, half.with(8, 2.0).withInterval(GuidanceInterval.ALL).eta());
    assertEquals(1.0, new SamplerConfig("ancestral", 20, 4.0).eta(), "the whole step's noise unless told");
    var e = assertThrows(IllegalArgumentException.class, () -> new SamplerConfig("euler", 20, 4.0, GuidanceInterval.ALL, 0.5));
    assertTrue(e.getMessage().contains("eta applies to the ancestral sampler, not to euler"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new SamplerConfig("ancestral", 20, 4.0, GuidanceInterval.ALL, -0.1));
    assertTrue(e.getMessage().contains("eta must be in 0..1, got -0.1"), e.getMessage());
  }

  @Test
  void contextNoiseHandsTheGivenFramesOverNoisedAndGivesThemBackClean() {
    try (NDManager weights = Compute.newManager(); NDManager scope = Compute.newManager()) {
      DiffusionTransformer model = randomModel(weights);
      DiTConfig c = model.config();
      int size = c.latentChannels() * 3 * 4 * 4, frameSize = 4 * 4;
      float[] given = new Rng(11).gaussians(size);
      float[] givenFrames = {1, 0, 0};
      SamplingCore core = new SamplingCore(model, TINY.flow());
      SamplerConfig euler = new SamplerConfig("euler", 4, 1.0);
      var prompt = FakeText.of("a red ball bounces", c.textDim());
      float[] clean = core.sample(scope, new Canvas(c.latentChannels(), 3, 4, 4, given, givenFrames, null, 1.0), prompt, euler, 5,
          ProgressListener.NONE);
      Canvas noisedCanvas = new Canvas(c.latentChannels(), 3, 4, 4, given, givenFrames, null, 1.0, 0.2);
      float[] noised = core.sample(scope, noisedCanvas, prompt, euler, 5, ProgressListener.NONE);
      assertArrayEquals(noised, core.sample(scope, noisedCanvas, prompt, euler, 5, ProgressListener.NONE), "the seed fixes the noise");
      for (int ch = 0; ch < c.latentChannels(); ch++) {
        int at = ch * 3 * frameSize; // frame 0 of channel ch
        assertArrayEquals(java.util.Arrays.copyOfRange(given, at, at + frameSize), java.util.Arrays.copyOfRange(noised, at, at + frameSize),
            "the given frame comes back as it was given");
      }
      double change = 0;
      for (int i = 0; i < size; i++) change = Math.max(change, Math.abs(noised[i] - clean[i]));
      assertTrue(change > 1e-3, "the model was handed other given frames at another time: " + change);
      var e = assertThrows(IllegalArgumentException.class, () -> new Canvas(8, 3, 4, 4, null, null, null, 1.0, 1.0));
      assertTrue(e.getMessage().contains("givenNoise must be in [0, 1)"), e.getMessage());
    }
  }
}
