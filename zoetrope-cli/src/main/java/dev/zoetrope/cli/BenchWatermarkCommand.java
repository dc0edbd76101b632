package dev.zoetrope.cli;

import dev.zoetrope.config.Json;
import dev.zoetrope.media.AtomicFiles;
import dev.zoetrope.safety.bench.WatermarkBench;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope bench watermark}: detection rates of the invisible watermark on world renders. */
@Command(
    name = "watermark",
    mixinStandardHelpOptions = true,
    description = {
      "Mark N world renders and leave N others unmarked, write all as MP4, and check each for the watermark.",
      "Each is checked as written and after re-encoding at half its bitrate, a 0.5x downscale, a 10% crop and"
          + " trimming 2 frames. Prints TPR, FPR, payload recovery and PSNR as a table and writes the full report as"
          + " JSON."
    },
    footer = {"", "Examples:", "  zoetrope bench watermark --clips 200 --out watermark.json", "  zoetrope bench watermark --clips 20 --size 256x144"})
public final class BenchWatermarkCommand implements Callable<Integer> {
  @Option(names = "--clips", defaultValue = "200", description = "Marked clips, and as many unmarked (default: ${DEFAULT-VALUE}).")
  int clips;

  @Option(names = "--size", defaultValue = "128x128", description = "Clip size WIDTHxHEIGHT (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--frames", defaultValue = "33", description = "Frames per clip (default: ${DEFAULT-VALUE}, 4 s at 8 fps).")
  int frames;

  @Option(names = "--fps", defaultValue = "8", description = "Frames per second (default: ${DEFAULT-VALUE}).")
  double fps;

  @Option(names = "--seed", defaultValue = "1", description = "First scene seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "Clips processed at once (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--out", defaultValue = "watermark-bench.json", description = "Report file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    String[] parts = size.toLowerCase().split("x");
    if (parts.length != 2) throw new IllegalArgumentException("--size must be WIDTHxHEIGHT, got " + size);
    WatermarkBench.Settings settings = new WatermarkBench.Settings(
        clips, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), frames, fps, seed, threads);
    Map<String, Object> report = new WatermarkBench(settings, WatermarkConfig.defaults(), System.err).run();
    Path temporary = AtomicFiles.temporarySibling(out.toAbsolutePath());
    Files.writeString(temporary, Json.write(report));
    AtomicFiles.commit(temporary, out.toAbsolutePath());
    System.out.print(WatermarkBench.table(report));
    return 0;
  }
}
