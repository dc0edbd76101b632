package dev.zoetrope.world.bench;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchBench {
  @Test
  void run() throws Exception {
    Suite full = Suite.load(System.getProperty("suite", "held_out"));
    int n = Integer.getInteger("n", 30);
    Suite suite = new Suite(full.name(), full.entries().subList(0, Math.min(n, full.entries().size())));
    BenchReport report = new BenchRunner(2, System.out::println).run(suite, VideoSource.groundTruth());
    ReportWriter.write(report, Path.of("/tmp/bench-" + suite.name()));
    System.out.printf("%-24s %8s %8s %8s %8s%n", "dimension", "ceiling", "shuffled", "frozen", "noise");
    for (Dimension d : Dimension.values()) {
      Double c = report.ceiling().means().get(d);
      if (c == null) continue;
      System.out.printf("%-24s %8.3f %8.3f %8.3f %8.3f%n", d.key(), c,
          report.floors().get("shuffled_captions").means().getOrDefault(d, Double.NaN),
          report.floors().get("frozen_frame").means().getOrDefault(d, Double.NaN),
          report.floors().get("uniform_noise").means().getOrDefault(d, Double.NaN));
    }
    System.out.println("runtime " + report.runtimeSeconds());
    for (VideoScore v : report.ceiling().videos()) if (!v.failed().isEmpty()) System.out.println(v.entry().id() + " " + v.entry().prompt() + " -> " + v.failed());
  }
}
