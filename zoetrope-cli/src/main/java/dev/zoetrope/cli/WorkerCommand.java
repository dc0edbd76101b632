package dev.zoetrope.cli;

import dev.zoetrope.server.ServerConfig;
import dev.zoetrope.server.WorkerNode;
import dev.zoetrope.server.models.EngineGenerators;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zoetrope worker}: generates queued videos from a shared database, no HTTP. */
@Command(
    name = "worker",
    mixinStandardHelpOptions = true,
    description = "Run workers that claim queued videos from the jobs database and generate them.",
    footer = {
      "",
      "Workers claim jobs with FOR UPDATE SKIP LOCKED and hold a lease with heartbeats: if a worker",
      "dies, its job goes back to the queue once the lease expires. Every machine needs the same",
      "--data directory (shared storage) and the same models.",
      "",
      "Examples:",
      "  zoetrope worker --data /mnt/zoetrope \\",
      "      --db 'jdbc:postgresql://db:5432/zoetrope?user=z&password=…'",
      "  zoetrope worker --workers 2 --lease-seconds 60",
    })
public final class WorkerCommand implements Runnable {
  @Mixin ServerOptions server;

  @Option(names = "--workers", defaultValue = "1", description = "Worker threads, one generation each (default: ${DEFAULT-VALUE}).")
  int workers;

  @Override
  public void run() {
    ServerConfig config = server.config().withWorkers(workers);
    WorkerNode node = WorkerNode.start(config, EngineGenerators.factory());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      node.close();
      stopped.countDown();
    }, "zoetrope-worker-shutdown"));
    System.out.println("Zoetrope worker: " + node.workers() + " worker(s) on " + ServeCommand.redact(config.jdbcUrl()) + ". Ctrl-C stops.");
    System.out.flush();
    ServeCommand.awaitQuietly(stopped);
  }
}
