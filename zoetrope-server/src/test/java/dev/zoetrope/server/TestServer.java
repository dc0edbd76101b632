package dev.zoetrope.server;

import dev.zoetrope.server.jobs.WorkerSettings;
import dev.zoetrope.server.keys.ApiKeyStore;
import dev.zoetrope.server.keys.Quota;
import dev.zoetrope.server.models.GeneratorFactory;
import dev.zoetrope.server.service.PromptModerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import dev.zoetrope.server.jobs.VideoSize;
import dev.zoetrope.server.service.VideoOptions;
import java.util.ArrayList;
import java.util.List;

/** An in-process API node on a free loopback port with short leases, for tests. */
public final class TestServer implements AutoCloseable {
  public static final WorkerSettings FAST_LEASES = new WorkerSettings(3_000, 100, 100);

  public final ZoetropeServer server;
  public final ServerConfig config;
  public final Http http;

  private TestServer(ZoetropeServer server, ServerConfig config) {
    this.server = server;
    this.config = config;
    this.http = new Http(server.baseUrl(), null);
  }

  public static ServerConfig config(Path dataDir, int workers) {
    VideoOptions standard = VideoOptions.standard();
    List<VideoSize> sizes = new ArrayList<>(standard.sizes());
    sizes.add(VideoSize.parseOrNull(TestModels.SIZE));
    VideoOptions options = new VideoOptions(sizes, standard.defaultSize(), standard.maxSeconds(), standard.defaultSeconds(),
        standard.fps(), standard.maxPromptChars());
    return ServerConfig.defaults(dataDir, null).withPort(0).withWorkers(workers)
        .withModels(List.of(TestModels.checkpoint())).withWorkerSettings(FAST_LEASES).withVideoOptions(options)
        .withProvenance(TestModels.provenanceKeys());
  }

  public static TestServer start(ServerConfig config, GeneratorFactory factory) {
    return start(config, factory, PromptModerator.ALLOW_ALL);
  }

  public static TestServer start(ServerConfig config, GeneratorFactory factory, PromptModerator moderator) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    return new TestServer(ZoetropeServer.start(config, factory, moderator, quiet), config);
  }

  /** A client holding a new key of {@code owner}. */
  public Http client(String owner, Quota quota) {
    var created = new ApiKeyStore(server.database()).create(owner, "test", quota, System.currentTimeMillis());
    return new Http(server.baseUrl(), created.secret());
  }

  public Http client(String owner) {
    return client(owner, Quota.DEFAULT);
  }

  @Override
  public void close() {
    server.close();
  }
}
