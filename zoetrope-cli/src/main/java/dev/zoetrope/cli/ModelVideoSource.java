package dev.zoetrope.cli;

import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.GeneratorOptions;
import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.generate.ProgressListener;
import dev.zoetrope.generate.VideoGenerator;
import dev.zoetrope.world.bench.EntryClip;
import dev.zoetrope.world.bench.GroundTruth;
import dev.zoetrope.world.bench.SuiteEntry;
import dev.zoetrope.world.bench.VideoSource;
import dev.zoetrope.world.sample.PlaceablePromptExpander;
import dev.zoetrope.world.video.Video;
import java.util.List;

/**
 * A model under test as a {@link VideoSource}: each entry becomes one generation request whose
 * conditioning carries the entry's inputs (rendered from the ground truth, so every model gets the
 * same ones). One engine, one request at a time.
 */
final class ModelVideoSource implements VideoSource, AutoCloseable {
  private final VideoGenerator generator;
  private final GroundTruth truth = new GroundTruth();
  private final boolean expand;
  private final int steps;
  private final double guidance;
  private final SamplerConfig sampler;
  private final boolean cameraRig;
  private final java.util.OptionalDouble contextNoise;
  private final double imageStrength;

  /** {@code options} are the generator's; {@code steps} and {@code guidance} override its sampler's when above 0. */
  ModelVideoSource(VideoGenerator generator, boolean expand, int steps, double guidance, GeneratorOptions options) {
    this.generator = generator;
    this.expand = expand;
    this.steps = steps;
    this.guidance = guidance;
    SamplerConfig chosen = options.sampler();
    this.sampler = chosen.with(steps > 0 ? steps : chosen.steps(), guidance > 0 ? guidance : chosen.guidance());
    this.cameraRig = options.cameraRig();
    this.contextNoise = options.contextNoise();
    this.imageStrength = options.imageStrength();
  }

  @Override
  public EntryClip clip(SuiteEntry entry) {
    List<Video> inputs = truth.render(entry).inputs();
    String prompt = expand ? new PlaceablePromptExpander().expand(entry.prompt(), entry.seed()).caption() : entry.prompt();
    GenerationRequest request = new GenerationRequest(prompt, entry.width(), entry.height(), entry.frames(), entry.fps(),
        entry.seed(), steps, guidance, conditioning(entry, inputs));
    GenerationResult result = generator.generate(request, ProgressListener.NONE);
    return new EntryClip(entry, result.video(), inputs);
  }

  static Conditioning conditioning(SuiteEntry entry, List<Video> inputs) {
    return switch (entry.mode()) {
      case T2V -> new Conditioning.TextOnly();
      case I2V -> new Conditioning.ImageToVideo(inputs.get(0));
      case EXTEND -> new Conditioning.Extend(inputs.get(0), false, false);
      case CONNECT -> new Conditioning.Connect(inputs.get(0), inputs.get(1));
    };
  }

  @Override
  public String describe() {
    String method = sampler.method().equals("ancestral") && sampler.eta() != 1 ? "ancestral, eta " + sampler.eta() : sampler.method();
    String context = (contextNoise.isPresent() ? "; context noise " + contextNoise.getAsDouble() : "")
        + (imageStrength < 1 ? "; images held still at strength " + imageStrength : "");
    return String.format(java.util.Locale.ROOT, "model %s (%s, %d steps, guidance %s at t in %s%s%s%s)", generator.modelId(), method,
        sampler.steps(), sampler.guidance(), sampler.interval(), expand ? "; prompts expanded" : "", cameraRig ? "" : "; camera rig off",
        context);
  }

  @Override
  public boolean parallel() {
    return false;
  }

  @Override
  public void close() {
    generator.close();
  }
}
