package dev.zoetrope.cli;

import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import dev.zoetrope.world.scene.Scene;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope world bench}: renderer throughput on one thread. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures renderer speed on one thread.",
      "Renders random training scenes for --seconds (after a warm-up) and prints frames per second, and scenes"
          + " sampled per second."
    },
    footer = {"", "Examples:", "  zoetrope world bench", "  zoetrope world bench --size 224x128 --frames 17 --seconds 10"})
final class WorldBenchCommand implements Callable<Integer> {
  @Option(names = "--size", defaultValue = "128x128", description = "Frame size (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--frames", defaultValue = "33", description = "Frames per clip (default: ${DEFAULT-VALUE}).")
  int frames;

  @Option(names = "--seconds", defaultValue = "5", description = "How long to measure (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Override
  public Integer call() {
    FrameSize frameSize = FrameSize.parse(size);
    if (frames < 1) throw new IllegalArgumentException("--frames must be >= 1");
    if (!(seconds > 0)) throw new IllegalArgumentException("--seconds must be > 0");
    RenderSpec spec = new RenderSpec(frameSize.width(), frameSize.height(), 8, frames);
    SceneSampler sampler = new SceneSampler(WorldSpec.training());
    int scenes = 64;
    Scene[] pool = new Scene[scenes];
    long sampleStart = System.nanoTime();
    for (int i = 0; i < scenes; i++) pool[i] = sampler.sample(i);
    double sampleSeconds = (System.nanoTime() - sampleStart) / 1e9;
    long warmUntil = System.nanoTime() + (long) (Math.min(2, seconds / 2) * 1e9);
    for (int i = 0; System.nanoTime() < warmUntil; i++) Renderer.render(pool[i % scenes], spec);
    long rendered = 0;
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime(), end = start + (long) (seconds * 1e9);
    for (int i = 0; System.nanoTime() < end; i++) {
      Renderer.render(pool[i % scenes], spec);
      rendered += frames;
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(Locale.ROOT, "rendered %d frames of %s in %.1f s on one thread: %.0f frames/s (%d random scenes, 1-3 objects)%n",
        rendered, frameSize, elapsed, rendered / elapsed, scenes);
    // CPU time is what the thread itself used: on a machine shared with other work it is the fair per-core figure.
    System.out.printf(Locale.ROOT, "  %.1f s of CPU: %.0f frames per CPU-second%n", cpu, rendered / cpu);
    System.out.printf(Locale.ROOT, "sampled %d scenes in %.2f s (first use, unwarmed): %.0f scenes/s%n", scenes, sampleSeconds, scenes / sampleSeconds);
    return 0;
  }
}
