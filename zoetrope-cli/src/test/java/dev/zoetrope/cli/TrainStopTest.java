package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (what Ctrl-C, {@code kill} and a stopping service send) in the middle of a training run:
 * the run finishes its step, writes its checkpoint and exits; no native crash, no lost step, and
 * {@code --resume} goes on from there. Runs the CLI in its own JVM, since the signal ends that JVM.
 */
class TrainStopTest {
  @TempDir Path dir;

  @Test
  void sigtermWritesACheckpointAtTheLastStepAndResumes() throws Exception {
    Path out = dir.resolve("ae");
    // no periodic checkpoint: the only one the run can leave is the one its stop writes
    Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Xss4m",
        "-Dai.djl.offline=true", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "train", "autoencoder", "--out", out.toString(), "--preset", "tiny", "--data", "synthetic", "--buckets", "5x32x32",
        "--steps", "100000", "--batch", "1", "--warmup", "2", "--log-every", "1", "--checkpoint-every", "0"))
        .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    try {
      awaitMetricsRows(out.resolve("metrics.csv"), 3, child, Duration.ofSeconds(120));
      child.destroy(); // SIGTERM
      assertTrue(child.waitFor(150, TimeUnit.SECONDS), "the child did not exit after SIGTERM");
    } finally {
      child.destroyForcibly();
    }
    String log = Files.readString(dir.resolve("child.log"));
    assertEquals(143, child.exitValue(), "128 + SIGTERM; output:\n" + log);
    try (Stream<Path> files = Files.list(dir)) {
      assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("hs_err")), "the JVM crashed:\n" + log);
    }
    Matcher stopped = Pattern.compile("stopped at step (\\d+)").matcher(log);
    assertTrue(stopped.find(), log);
    int step = Integer.parseInt(stopped.group(1));
    String state = Files.readString(out.resolve("checkpoint/training/state.json"));
    assertTrue(state.matches("(?s).*\"step\" : " + step + ",.*"), state);
    List<String> rows = Files.readAllLines(out.resolve("metrics.csv"));
    assertTrue(rows.get(rows.size() - 1).startsWith(step + ","), "the last metrics row is the checkpoint's step " + step);

    assertEquals(0, Main.commandLine().execute("train", "autoencoder", "--out", out.toString(), "--resume", "--steps", String.valueOf(step + 2)));
    assertTrue(Files.readString(out.resolve("checkpoint/training/state.json")).contains("\"step\" : " + (step + 2) + ","));
  }

  private static void awaitMetricsRows(Path metrics, int rows, Process child, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(metrics) && Files.readAllLines(metrics).size() > rows) return;
      if (!child.isAlive()) fail("the training run exited early");
      Thread.sleep(100);
    }
    fail("no " + rows + " metrics rows within " + timeout);
  }
}
