package dev.zoetrope.cli;

import dev.zoetrope.config.SamplerConfig;
import dev.zoetrope.generate.DiffusionGenerator;
import dev.zoetrope.generate.GeneratorOptions;
import dev.zoetrope.generate.MiniLmPrompts;
import dev.zoetrope.generate.VideoGenerator;
import dev.zoetrope.world.bench.BenchReport;
import dev.zoetrope.world.bench.BenchRunner;
import dev.zoetrope.world.bench.Dimension;
import dev.zoetrope.world.bench.ReportWriter;
import dev.zoetrope.world.bench.SetScores;
import dev.zoetrope.world.bench.Suite;
import dev.zoetrope.world.bench.VideoSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope bench quality}: scores a model, the renderer or a folder of videos on a suite. */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = {
      "Scores videos on a frozen prompt suite with the oracle.",
      "The oracle has VBench / T2V-CompBench dimensions, with the detector replaced by an exact analytic reader"
          + " of the synthetic world. Every run also scores the ground truth (the ceiling) and three controls (the"
          + " floors: shuffled captions, a frozen first frame, uniform noise). Writes OUT/report.json, OUT/report.html"
          + " and OUT/contact_sheets/.",
      "Suites: in_distribution, held_out, long, paraphrase, i2v, extend, connect, or a .jsonl file."
    },
    footer = {
      "",
      "Examples:",
      "  zoetrope bench quality --suite held_out --ground-truth --out reports/ceiling",
      "  zoetrope bench quality --suite in_distribution --model runs/dit/checkpoint --out reports/dit",
      "  zoetrope bench quality --suite i2v --model runs/dit/checkpoint --limit 10 --out reports/i2v",
      "  zoetrope bench quality --suite held_out --videos other-tool/ --out reports/other   (held_out-001.mp4, ...)",
      "  zoetrope bench quality --suite held_out --autoencoder models/zoetrope-world --limit 60 --out reports/ae",
    })
public final class BenchQualityCommand implements Callable<Integer> {
  /** What is being scored: exactly one of the four. */
  static final class Subject {
    @Option(names = "--model", description = "Checkpoint folder of the model to score.")
    Path model;

    @Option(names = "--ground-truth", description = "Score the renderer itself (the ceiling).")
    boolean groundTruth;

    @Option(names = "--videos", description = "Folder of videos named by entry id (ID.mp4) made by any tool.")
    Path videos;

    @Option(names = "--autoencoder", description = {
        "Checkpoint folder whose autoencoder to score: the ground truth encoded and decoded,",
        "the most any transformer on that autoencoder could reach."})
    Path autoencoder;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  @Option(names = "--suite", required = true, description = "Suite name or path to a .jsonl suite file.")
  String suite;

  @Option(names = "--out", required = true, description = "Folder for report.json, report.html and contact sheets.")
  Path out;

  @Option(names = "--limit", description = "Score only the first N entries (quick checks).")
  Integer limit;

  @Option(names = "--threads", defaultValue = "2", description = "Entries scored in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--expand", description = "With --model: expand each prompt (grammar-based) before generating.")
  boolean expand;

  @Option(names = "--steps", defaultValue = "0", description = "With --model: sampling steps (default: the model's).")
  int steps;

  @Option(names = "--guidance", defaultValue = "0", description = "With --model: guidance scale (default: the model's).")
  double guidance;

  @Option(names = "--guidance-interval", paramLabel = "FROM,TO", description = "With --model: guide only at flow times t in [FROM, TO] (default: 0.3,1).")
  String guidanceInterval;

  @Option(names = "--sampler", description = "With --model: euler, heun or ancestral (default: euler).")
  String sampler;

  @Option(names = "--eta", description = "With --model --sampler ancestral: the share of each step's noise drawn fresh, 0..1 (default: 1).")
  Double eta;

  @Option(names = "--context-noise", paramLabel = "C", description = "With --model: the level at which a long video's windows are handed the frames made before them (default: the model's).")
  Double contextNoise;

  @Option(names = "--image-strength", paramLabel = "S", description = "With --model: image-to-video entries start from the image held still, noised to S (default: 1, pure noise).")
  Double imageStrength;

  @Option(names = "--no-camera-rig", description = "With --model: leave a stated pan or zoom to the transformer instead of filming it with the camera rig.")
  boolean noCameraRig;

  /** Opens a checkpoint as a generator with the given options. */
  BiFunction<Path, GeneratorOptions, VideoGenerator> generators = (path, options) -> DiffusionGenerator.load(path, MiniLmPrompts.shared(), options);

  @Override
  public Integer call() throws Exception {
    if (threads < 1) throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
    if (limit != null && limit < 1) throw new IllegalArgumentException("--limit must be >= 1, got " + limit);
    if (expand && subject.model == null) throw new IllegalArgumentException("--expand applies to --model only");
    if (guidanceInterval != null && subject.model == null) throw new IllegalArgumentException("--guidance-interval applies to --model only");
    if ((sampler != null || eta != null) && subject.model == null) throw new IllegalArgumentException("--sampler and --eta apply to --model only");
    if (contextNoise != null && subject.model == null) throw new IllegalArgumentException("--context-noise applies to --model only");
    if (imageStrength != null && subject.model == null) throw new IllegalArgumentException("--image-strength applies to --model only");
    if (noCameraRig && subject.model == null) throw new IllegalArgumentException("--no-camera-rig applies to --model only");
    if ((steps != 0 || guidance != 0) && subject.model == null) throw new IllegalArgumentException("--steps and --guidance apply to --model only");
    ModeOptions.checkStepsAndGuidance(steps, guidance);
    SamplerConfig chosen = ModeOptions.sampler(sampler, guidanceInterval, eta);
    GeneratorOptions options = ModeOptions.withContextNoise(GeneratorOptions.defaults().withSampler(chosen).withCameraRig(!noCameraRig),
        contextNoise).withImageStrength(imageStrength == null ? 1.0 : ModeOptions.checkImageStrength(imageStrength));
    Suite loaded = Suite.load(suite);
    if (limit != null && limit < loaded.entries().size()) loaded = new Suite(loaded.name(), loaded.entries().subList(0, limit));
    BenchRunner runner = new BenchRunner(threads, line -> System.err.println("bench: " + line));
    BenchReport report;
    if (subject.model != null) {
      try (ModelVideoSource source = new ModelVideoSource(generators.apply(subject.model, options), expand, steps, guidance, options)) {
        report = runner.run(loaded, source);
      }
    } else if (subject.autoencoder != null) {
      try (AutoencoderVideoSource source = new AutoencoderVideoSource(subject.autoencoder)) {
        report = runner.run(loaded, source);
      }
    } else {
      VideoSource source = subject.groundTruth ? VideoSource.groundTruth() : new DirectoryVideoSource(subject.videos);
      report = runner.run(loaded, source);
    }
    ReportWriter.write(report, out);
    System.out.print(table(report));
    System.out.printf(Locale.ROOT, "%d videos in %.1f s; wrote %s and %s%n", loaded.entries().size(), report.runtimeSeconds(),
        out.resolve("report.json"), out.resolve("report.html"));
    return 0;
  }

  /** The score, ceiling and floors of every dimension that applies, as aligned text. */
  static String table(BenchReport report) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s %9s%n",
        "dimension", "score", "ceiling", "shuffled", "frozen", "noise"));
    for (Dimension d : Dimension.values()) {
      Double value = report.metrics().means().get(d);
      if (value == null) continue;
      sb.append(String.format(Locale.ROOT, "%-28s %9s %9s %9s %9s %9s%n", d.key() + (d.analogue() ? " (a)" : ""),
          format(value), format(report.ceiling().means().get(d)),
          format(floor(report, "shuffled_captions", d)), format(floor(report, "frozen_frame", d)), format(floor(report, "uniform_noise", d))));
    }
    return sb.toString();
  }

  private static Double floor(BenchReport report, String name, Dimension d) {
    SetScores set = report.floors().get(name);
    return set == null ? null : set.means().get(d);
  }

  private static String format(Double value) {
    return value == null || value.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
