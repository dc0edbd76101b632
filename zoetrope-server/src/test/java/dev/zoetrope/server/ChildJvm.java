package dev.zoetrope.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A separate JVM running {@link ServerProcess}, with its output in a log file under target/. */
public final class ChildJvm implements AutoCloseable {
  public final Process process;
  public final Path log;

  private ChildJvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static ChildJvm start(String name, String... args) throws IOException {
    Path logDir = Path.of("target", "process-logs").toAbsolutePath();
    Files.createDirectories(logDir);
    Path log = logDir.resolve(name + "-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-Xss4m",
        "-Dai.djl.offline=true", "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"), ServerProcess.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildJvm(process, log);
  }

  public long pid() {
    return process.pid();
  }

  /** Waits until the child printed its "ready" line. */
  public ChildJvm awaitReady(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains("ready ")) return this;
      if (!process.isAlive()) throw new AssertionError("child exited early:\n" + Files.readString(log));
      Thread.sleep(100);
    }
    throw new AssertionError("child not ready within " + timeout + ":\n" + Files.readString(log));
  }

  public String output() throws IOException {
    return Files.readString(log);
  }

  /** SIGKILL: no shutdown hook runs, leases are left to expire. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) kill();
    }
  }
}
