package dev.zoetrope.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.zoetrope.checkpoint.Checkpoint;
import dev.zoetrope.checkpoint.Model;
import dev.zoetrope.compute.Compute;
import dev.zoetrope.config.Bucket;
import dev.zoetrope.config.DiTConfig;
import dev.zoetrope.config.Json;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.config.TrainConfig;
import dev.zoetrope.generate.Conditioning;
import dev.zoetrope.generate.DiffusionGenerator;
import dev.zoetrope.generate.GenerationRequest;
import dev.zoetrope.generate.GeneratorOptions;
import dev.zoetrope.generate.MiniLmPrompts;
import dev.zoetrope.generate.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench perf}: cold start to first frame, GEMM and DiT training-step GFLOP/s against the
 * CPU's fp32 peak, samples/s per bucket, the wall time of a 4 s 128x128 clip at default steps,
 * RSS at training steps 10 and 200 (flat memory), peak RSS, and the Java/PyTorch step-time ratio.
 */
public final class PerfBench {
  /** Zen 3 core: two 256-bit FMA pipes = 32 fp32 FLOP per cycle. */
  private static final int FLOPS_PER_CYCLE = 32;

  private final Path checkpoint;
  private final Path referenceScript;
  private final PrintStream log;

  public PerfBench(Path checkpoint, Path referenceScript, PrintStream log) {
    this.checkpoint = checkpoint;
    this.referenceScript = referenceScript;
    this.log = log;
  }

  public Map<String, Object> run() throws IOException, InterruptedException {
    Map<String, Object> report = new LinkedHashMap<>();
    Path work = Files.createTempDirectory("zoetrope-perf-");
    try {
      Path model = checkpoint != null ? checkpoint : untrainedDefault(work);
      log.println("bench perf: model " + model);
      double cold = coldStart(model);
      ModelConfig config = Checkpoint.readConfig(model);
      report.put("peak_gflops", peakGflops());
      report.put("gemm_gflops", gemmGflops());
      StepTimer.Timing timing = StepTimer.time(config.dit(), 2, 9, 16, 16, 12, 8);
      log.printf("bench perf: DiT step %.1f ms (forward %.1f ms) = %.1f GFLOP/s%n", timing.stepMillis(), timing.forwardMillis(), timing.gflops());
      report.put("train_step_gflops", round(timing.gflops()));
      report.put("train_step_ms", round(timing.stepMillis()));
      report.put("train_step_shape", "batch 2 x latent 9x16x16 (33x128x128 pixels), 12 text tokens");
      report.put("train_samples_per_s", samplesPerSecond(config.dit()));
      report.put("autoencoder_train_samples_per_s", autoencoderSamplesPerSecond(config));
      report.put("generate_4s_128_seconds", round(generate(model)));
      report.putAll(longVideo(model));
      report.putAll(memory(model, work));
      report.put("peak_rss_mb", round(peakRssMb()));
      report.put("cold_start_seconds", round(cold));
      Double python = pythonStepMillis(config.dit(), work);
      report.put("java_python_step_ratio", python == null ? null : round(timing.stepMillis() / python));
      report.put("python_step_ms", python == null ? null : round(python));
      report.put("threads", Compute.threads());
      report.put("environment_warnings", Compute.environmentWarnings());
      return report;
    } finally {
      Checkpoint.deleteTree(work);
    }
  }

  /** Seconds from JVM start to the first generated frame (one image) with the model loaded. */
  private double coldStart(Path model) {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    try (DiffusionGenerator generator = DiffusionGenerator.load(model)) {
      generator.generate(GenerationRequest.text("a red ball", 128, 128, 1, 8, 1), ProgressListener.NONE);
      return (System.currentTimeMillis() - jvmStart) / 1000.0;
    }
  }

  private double generate(Path model) {
    try (DiffusionGenerator generator = DiffusionGenerator.load(model)) {
      var request = new GenerationRequest("a red ball bounces on green grass", 128, 128, 32, 8, 1, 0, 0, new Conditioning.TextOnly());
      long start = System.nanoTime();
      long[] decodeStart = {0};
      generator.generate(request, (fraction, stage) -> {
        if (stage.equals("decode") && decodeStart[0] == 0) decodeStart[0] = System.nanoTime();
      });
      long end = System.nanoTime();
      double seconds = (end - start) / 1e9;
      log.printf("bench perf: 4 s 128x128 (32 frames, %d steps) in %.2f s (denoise %.2f s, decode %.2f s)%n",
          GeneratorOptions.defaults().sampler().steps(), seconds, (decodeStart[0] - start) / 1e9, (end - decodeStart[0]) / 1e9);
      return seconds;
    }
  }

  /** A 60 s clip by chained windows: wall time, and RSS after the first window and at the end (flat memory). */
  private Map<String, Object> longVideo(Path model) {
    Map<String, Object> out = new LinkedHashMap<>();
    try (DiffusionGenerator generator = DiffusionGenerator.load(model)) {
      var request = new GenerationRequest("a blue ball rolls right on sand", 128, 128, 480, 8, 2, 10, 0, new Conditioning.TextOnly());
      long start = System.nanoTime();
      generator.generate(request, (fraction, stage) -> {
        if (fraction > 0.1 && !out.containsKey("long_60s_rss_early_mb")) out.put("long_60s_rss_early_mb", round(rssMb()));
      });
      out.put("long_60s_128_seconds_10_steps", round((System.nanoTime() - start) / 1e9));
      out.put("long_60s_rss_end_mb", round(rssMb()));
    }
    log.println("bench perf: 60 s 128x128 at 10 steps " + out);
    return out;
  }

  private Map<String, Object> autoencoderSamplesPerSecond(ModelConfig config) {
    Map<String, Object> rates = new LinkedHashMap<>();
    for (int[] b : new int[][] {{9, 64, 64}, {17, 128, 128}}) {
      double millis = StepTimer.autoencoderStepMillis(config.autoencoder(), 2, b[0], b[1], b[2], 2);
      rates.put(b[0] + "x" + b[1] + "x" + b[2], round(2 / (millis / 1000)));
    }
    log.println("bench perf: autoencoder training samples/s " + rates);
    return rates;
  }

  private Map<String, Object> samplesPerSecond(DiTConfig dit) {
    Map<String, Object> rates = new LinkedHashMap<>();
    int[][] buckets = {{1, 128, 128}, {17, 128, 128}, {33, 128, 128}, {33, 128, 224}, {33, 224, 128}};
    for (int[] b : buckets) {
      int frames = 1 + (b[0] - 1) / 4;
      StepTimer.Timing t = StepTimer.time(dit, 2, frames, b[1] / 8, b[2] / 8, 12, 4);
      rates.put(b[0] + "x" + b[1] + "x" + b[2], round(2 / (t.stepMillis() / 1000)));
    }
    log.println("bench perf: DiT training samples/s " + rates);
    return rates;
  }

  /** Trains the transformer for 200 steps with the real trainer; RSS at steps 10 and 200. */
  private Map<String, Object> memory(Path model, Path work) throws IOException {
    Map<String, Object> out = new LinkedHashMap<>();
    List<Bucket> buckets = List.of(new Bucket(9, 64, 64), new Bucket(1, 64, 64));
    TrainConfig train = new TrainConfig(2, 1e-4, 10, 200, 0.01, 1.0, 0.99, 0.1, buckets, TrainConfig.defaultTaskWeights(), 10, 0, 0, 0, 1);
    try (Model loaded = Model.load(model, true)) {
      var objective = new TransformerObjective(loaded.autoencoder(), loaded.transformer(), loaded.config().flow(), MiniLmPrompts.shared(), train);
      Trainer.Options options = Trainer.Options.of(work.resolve("memory")).quiet().withStepListener(step -> {
        if (step == 10 || step == 100 || step == 200) out.put("rss_step_" + step + "_mb", round(rssMb()));
      });
      new Trainer(loaded, objective, new SyntheticClips(), train, options).run(false);
    }
    log.println("bench perf: RSS over 200 training steps " + out);
    return out;
  }

  private Double pythonStepMillis(DiTConfig dit, Path work) throws IOException, InterruptedException {
    Path python = Path.of("/usr/bin/python3");
    if (referenceScript == null || !Files.exists(referenceScript) || !Files.exists(python)) {
      log.println("bench perf: PyTorch reference skipped (script or /usr/bin/python3 missing)");
      return null;
    }
    Path config = work.resolve("dit.json");
    Files.writeString(config, Json.write(dit));
    Process process = new ProcessBuilder(python.toString(), referenceScript.toString(), "--config", config.toString(), "--batch", "2",
        "--frames", "9", "--height", "16", "--width", "16", "--text", "12", "--steps", "8", "--threads", Integer.toString(Compute.threads()))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      log.println("bench perf: PyTorch reference failed (apt-get install python3-torch?): " + output.strip());
      return null;
    }
    String last = output.strip().lines().reduce((a, b) -> b).orElse("{}");
    double millis = Json.MAPPER.readTree(last).path("step_ms").asDouble(Double.NaN);
    log.printf("bench perf: PyTorch reference step %.1f ms (%s)%n", millis, last);
    return Double.isFinite(millis) ? millis : null;
  }

  private static Path untrainedDefault(Path work) throws IOException {
    Path folder = Files.createDirectories(work.resolve("default"));
    try (Model model = Model.initialize(ModelConfig.standard(), 1)) {
      model.writeTo(folder, false, true);
    }
    return folder;
  }

  static double peakGflops() {
    double gigahertz = 3.2;
    try {
      Path max = Path.of("/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq");
      if (Files.exists(max)) gigahertz = Long.parseLong(Files.readString(max).trim()) / 1e6;
    } catch (IOException | NumberFormatException ignored) {
      // keep the nominal clock
    }
    return round(Compute.threads() * FLOPS_PER_CYCLE * gigahertz);
  }

  static double gemmGflops() {
    int n = 1024;
    try (NDManager m = Compute.newManager()) {
      NDArray a = m.randomNormal(new ai.djl.ndarray.types.Shape(n, n)), b = m.randomNormal(new ai.djl.ndarray.types.Shape(n, n));
      double best = 0;
      for (int i = 0; i < 8; i++) {
        try (NDManager step = m.newSubManager()) {
          long start = System.nanoTime();
          NDArray c = a.matMul(b);
          c.attach(step);
          c.toFloatArray();
          best = Math.max(best, 2.0 * n * n * n / ((System.nanoTime() - start) / 1e9) / 1e9);
        }
      }
      return round(best);
    }
  }

  static double rssMb() {
    return statusKb("VmRSS") / 1024.0;
  }

  static double peakRssMb() {
    return statusKb("VmHWM") / 1024.0;
  }

  private static long statusKb(String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(key + ":")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    } catch (IOException ignored) {
      // not Linux: report 0
    }
    return 0;
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
