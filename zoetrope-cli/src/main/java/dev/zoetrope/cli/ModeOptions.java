package dev.zoetrope.cli;

import dev.zoetrope.config.GuidanceInterval;
import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.generate.GeneratorOptions;
import dev.zoetrope.modes.VideoSize;
import dev.zoetrope.safety.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every generation command shares: model, seed, sampler, prompt expansion, signing keys. */
final class ModeOptions {
  @Option(names = "--model", description = "Checkpoint folder (default: models/zoetrope-world in the Zoetrope home).")
  Path model;

  @Option(names = "--size", description = "WIDTHxHEIGHT, multiples of the model's size step (16), at most 512 per side.")
  String size;

  @Option(names = "--seed", defaultValue = "0", description = {
      "Seed of the noise and of the prompt expansion: the same seed gives the same frames; only the",
      "watermark differs, since it carries each run's own job id (default: ${DEFAULT-VALUE})."})
  long seed;

  @Option(names = "--steps", defaultValue = "0", description = "Sampling steps, 1..1000 (0 = the model's default, 20, as when not given).")
  int steps;

  @Option(names = "--guidance", defaultValue = "0", description = "Classifier-free guidance scale, 0..100 (0 = the model's default, 4, as when not given).")
  double guidance;

  @Option(names = "--guidance-interval", paramLabel = "FROM,TO", description = {
      "Guide only at flow times t in [FROM, TO] (1 = noise, 0 = clean); other steps take the",
      "conditional pass alone, at half the cost (default: 0.3,1; 0,1 guides every step)."})
  String guidanceInterval;

  @Option(names = "--sampler", defaultValue = "euler", description = "euler, heun or ancestral (fresh noise each step: fewer stray copies of objects, less motion; default: ${DEFAULT-VALUE}).")
  String sampler;

  @Option(names = "--eta", paramLabel = "ETA", description = {
      "With --sampler ancestral: the share of each step's noise drawn fresh, 0..1 (DDIM's eta;",
      "1 = the ancestral posterior, 0 = the same steps as euler; default: 1)."})
  Double eta;

  @Option(names = "--context-noise", paramLabel = "C", description = {
      "Beyond one window: hand each window the frames made before it noised to level C (0 = clean),",
      "so it leans less on their errors; needs a model trained with 'train dit --context-noise' up to",
      "at least C (default: half the level the model was trained up to; 0 for a model trained without)."})
  Double contextNoise;

  /** Whether a text prompt's pan or zoom is filmed by the camera rig; `generate --no-camera-rig` clears it. */
  boolean cameraRig = true;

  /** Where image-to-video's new frames start (1 = pure noise); `generate --image-strength` sets it. */
  double imageStrength = 1.0;

  @Option(names = "--no-expand", description = "Give the model the prompt as written instead of its expansion into a detailed caption.")
  boolean noExpand;

  @Option(names = "--provenance-keys", paramLabel = "DIR", description = "C2PA signing keys for the MP4 (default: $ZOETROPE_PROVENANCE_DIR or ~/.zoetrope/provenance; created on first use).")
  Path provenanceKeys;

  /** The checkpoint to load: --model, or the shipped model in the Zoetrope home. */
  Path checkpoint() {
    return checkpointOr(model);
  }

  /** {@code model}, or the shipped model in the Zoetrope home when it is null. */
  static Path checkpointOr(Path model) {
    if (model != null) return model;
    Path home = Path.of(System.getProperty("zoetrope.home", "."));
    Path shipped = home.resolve("models").resolve("zoetrope-world");
    if (!Files.isDirectory(shipped)) {
      throw new IllegalArgumentException("no model at " + shipped + "; train one (zoetrope train …) or pass --model CHECKPOINT");
    }
    return shipped;
  }

  /** The requested --size, or null when none was given (parsed only; the model's grid checks it). */
  VideoSize requestedSize() {
    return size == null ? null : VideoSize.parse(size);
  }

  /** Checks the sampling options and returns the generator's settings. */
  GeneratorOptions generatorOptions() {
    checkStepsAndGuidance(steps, guidance);
    return withContextNoise(GeneratorOptions.defaults().withSampler(sampler(sampler, guidanceInterval, eta)).withCameraRig(cameraRig),
        contextNoise).withImageStrength(imageStrength);
  }

  /** {@code options} with a --context-noise value, checked; null keeps the model's default. */
  static GeneratorOptions withContextNoise(GeneratorOptions options, Double level) {
    if (level == null) return options;
    if (!(level >= 0 && level < 1)) throw new IllegalArgumentException("--context-noise must be in [0, 1), got " + level);
    return options.withContextNoise(level);
  }

  /** An --image-strength value, checked. */
  static double checkImageStrength(double strength) {
    if (!(strength > 0 && strength <= 1)) throw new IllegalArgumentException("--image-strength must be in (0, 1], got " + strength);
    return strength;
  }

  /** Refuses a --steps or --guidance value out of range (0 stands for the model's default). */
  static void checkStepsAndGuidance(int steps, double guidance) {
    if (steps < 0 || steps > 1000) throw new IllegalArgumentException("--steps must be in 1..1000 (0 = the model's default), got " + steps);
    if (!(guidance >= 0 && guidance <= 100)) throw new IllegalArgumentException("--guidance must be in 0..100, got " + guidance);
  }

  /** The default sampler with a --sampler method, a --guidance-interval value and an --eta; null keeps the default's. */
  static SamplerConfig sampler(String method, String guidanceInterval, Double eta) {
    SamplerConfig defaults = SamplerConfig.defaults();
    String chosen = method == null ? defaults.method() : method;
    if (eta != null && !chosen.equals("ancestral")) throw new IllegalArgumentException("--eta applies to --sampler ancestral only");
    if (eta != null && !(eta >= 0 && eta <= 1)) throw new IllegalArgumentException("--eta must be in 0..1, got " + eta);
    double share = eta != null ? eta : chosen.equals(defaults.method()) ? defaults.eta() : 1.0;
    return new SamplerConfig(chosen, defaults.steps(), defaults.guidance(), interval(guidanceInterval), share);
  }

  /** A --guidance-interval value, or the default sampler's interval when none was given. */
  static GuidanceInterval interval(String value) {
    if (value == null) return SamplerConfig.defaults().interval();
    try {
      return GuidanceInterval.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--guidance-interval: " + e.getMessage());
    }
  }

  /** --provenance-keys, else $ZOETROPE_PROVENANCE_DIR (the variable the safety tools read), else ~/.zoetrope/provenance. */
  Path keys() {
    return provenanceKeys != null ? provenanceKeys : Provenance.keysDirectory();
  }
}
