package dev.zoetrope.cli;

import dev.zoetrope.config.Json;
import dev.zoetrope.train.PerfBench;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope bench perf}: engine speed and memory, written as perf.json. */
@Command(
    name = "perf",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the engine's speed and memory.",
      "GFLOP/s of a DiT training step against the CPU's fp32 peak, samples/s per bucket, seconds to generate 4"
          + " s at 128x128, RSS over 200 training steps, peak RSS, cold start to first frame, and the step-time ratio"
          + " against the PyTorch reference in bench/reference/ (needs python3-torch)."
    },
    footer = {"", "Examples:", "  zoetrope bench perf --out perf.json", "  zoetrope bench perf --model runs/dit/checkpoint --out perf.json"})
public final class BenchPerfCommand implements Callable<Integer> {
  @Option(names = "--model", description = "Checkpoint to measure (default: the default preset, untrained: speed does not depend on weights).")
  Path model;

  @Option(names = "--out", defaultValue = "perf.json", description = "Report file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Path home = Path.of(System.getProperty("zoetrope.home", "."));
    Path script = home.resolve("bench").resolve("reference").resolve("dit_reference.py");
    Map<String, Object> report = new PerfBench(model, script, System.err).run();
    String json = Json.write(report);
    Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".perf", ".json");
    Files.writeString(temp, json);
    Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    System.out.println(json);
    return 0;
  }
}
