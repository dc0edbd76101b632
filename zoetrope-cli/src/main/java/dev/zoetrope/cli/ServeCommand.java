package dev.zoetrope.cli;

import dev.zoetrope.server.ServerConfig;
import dev.zoetrope.server.ZoetropeServer;
import dev.zoetrope.server.models.EngineGenerators;
import dev.zoetrope.server.service.PromptModerator;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zoetrope serve}: the Videos API, the web studio and (by default) one worker. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the OpenAI-compatible Videos API and the web studio (at /).",
    footer = {
      "",
      "With no options: embedded database and results in ~/.zoetrope/server,",
      "one in-process worker, listening on 127.0.0.1:8080. The first start",
      "creates an API key and prints it once.",
      "",
      "Examples:",
      "  zoetrope serve",
      "  zoetrope serve --no-auth --port 9000",
      "  zoetrope serve --host 0.0.0.0 --workers 0 \\",
      "      --db 'jdbc:postgresql://db:5432/zoetrope?user=z&password=…'",
    })
public final class ServeCommand implements Runnable {
  @Mixin ServerOptions server;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--workers", defaultValue = "1",
      description = "In-process workers (default: ${DEFAULT-VALUE}); 0 when separate `zoetrope worker` processes generate.")
  int workers;

  @Option(names = "--no-auth", description = "No API keys: every request is the local user. Local development only: binds to loopback.")
  boolean noAuth;

  @Override
  public void run() {
    ServerConfig config = server.config().withHost(host).withPort(port).withWorkers(workers).withAuth(!noAuth);
    ZoetropeServer running = ZoetropeServer.start(config, EngineGenerators.factory(), PromptModerator.CONTENT_POLICY, System.out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      running.close(); // running jobs go back to the queue
      stopped.countDown();
    }, "zoetrope-serve-shutdown"));
    System.out.println("Zoetrope is serving " + running.baseUrl() + "/ (studio) and " + running.baseUrl() + "/v1 (API); "
        + config.workers() + " worker(s), database " + redact(config.jdbcUrl()) + ". Ctrl-C stops.");
    System.out.flush();
    awaitQuietly(stopped);
  }

  static String redact(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
