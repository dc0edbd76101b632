package dev.zoetrope.cli;

import dev.zoetrope.server.ServerConfig;
import dev.zoetrope.server.ZoetropeServer;
import dev.zoetrope.server.bench.ServerBench;
import dev.zoetrope.server.models.EngineGenerators;
import dev.zoetrope.server.service.PromptModerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope bench server}: API latency under concurrent clients while workers generate. */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = "Concurrent clients create videos and poll them for a bounded time; reports p50/p90/p99 latency "
        + "of create and poll requests while the workers generate.",
    footer = {
      "",
      "Without --url, starts its own server (temporary data directory, no auth, loopback) on the models",
      "given with --model / --models. Only servers on this machine (loopback) are targeted.",
      "",
      "Examples:",
      "  zoetrope bench server --model models/tiny --clients 8 --duration 30",
      "  zoetrope bench server --url http://127.0.0.1:8080 --key zt-… --clients 16 --duration 60",
    })
public final class BenchServerCommand implements Runnable {
  @Option(names = "--url", description = "A running server to measure (loopback only).")
  URI url;

  @Option(names = "--key", description = "API key for --url (or set ZOETROPE_API_KEY).")
  String key;

  @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--duration", defaultValue = "30", description = "Seconds to run (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--size", defaultValue = "64x64", description = "Size of the requested videos (default: ${DEFAULT-VALUE}).")
  String size;

  @Option(names = "--video-seconds", defaultValue = "1", description = "Duration of the requested videos (default: ${DEFAULT-VALUE}).")
  String videoSeconds;

  @Option(names = "--poll-ms", defaultValue = "200", description = "Delay between polls of one client (default: ${DEFAULT-VALUE}).")
  long pollMillis;

  @Option(names = "--workers", defaultValue = "1", description = "Workers of the server started without --url (default: ${DEFAULT-VALUE}).")
  int workers;

  @Option(names = "--model", paramLabel = "CHECKPOINT", description = "Checkpoint folder for the server started without --url.")
  List<Path> models = new ArrayList<>();

  @Option(names = "--models", paramLabel = "DIR", description = "Models folder for the server started without --url.")
  Path modelsDir;

  @Override
  public void run() {
    if (url != null) {
      String apiKey = key != null ? key : System.getenv("ZOETROPE_API_KEY");
      report(measure(url, apiKey), url.toString());
      return;
    }
    Path data = temporaryDataDir();
    Path modelsFolder = modelsDir != null ? modelsDir
        : Path.of(System.getProperty("zoetrope.home", "."), "models");
    ServerConfig config = ServerConfig.defaults(data, modelsFolder).withPort(0).withWorkers(workers)
        .withAuth(false).withModels(models);
    try (ZoetropeServer server = ZoetropeServer.start(config, EngineGenerators.factory(), PromptModerator.ALLOW_ALL,
        new PrintStream(PrintStream.nullOutputStream()))) {
      report(measure(server.baseUrl(), null), "an in-process server with " + workers + " worker(s)");
    }
  }

  private ServerBench.Report measure(URI target, String apiKey) {
    var plan = new ServerBench.Plan(target, apiKey, clients, Duration.ofSeconds(seconds), size, videoSeconds, pollMillis);
    System.out.printf("bench server: %d clients for %d s against %s (%s, %s s videos)%n", clients, seconds, target, size, videoSeconds);
    try {
      return ServerBench.run(plan);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void report(ServerBench.Report report, String target) {
    System.out.println("target: " + target);
    System.out.println(report);
  }

  private static Path temporaryDataDir() {
    try {
      Path dir = Files.createTempDirectory("zoetrope-bench-");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
