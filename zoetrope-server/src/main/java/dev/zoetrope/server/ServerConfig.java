package dev.zoetrope.server;

import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.server.db.Database;
import dev.zoetrope.server.jobs.WorkerSettings;
import dev.zoetrope.server.keys.Quota;
import dev.zoetrope.server.service.VideoOptions;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything an API node or a worker node needs to start. {@code databaseUrl} null means the
 * embedded H2 file in {@code dataDir}; {@code workers} is the number of in-process workers;
 * {@code provenanceDir} holds the C2PA signing keys (created on first use), null to leave videos
 * unsigned. {@code expandPrompts}: workers expand each prompt with the world's grammar before
 * generating ({@link dev.zoetrope.world.sample.PlaceablePromptExpander}, the CLI's default too);
 * the job keeps the prompt as written.
 */
public record ServerConfig(
    String host,
    int port,
    String databaseUrl,
    Path dataDir,
    int workers,
    boolean authRequired,
    List<Path> models,
    Path modelsDir,
    VideoOptions videoOptions,
    WorkerSettings workerSettings,
    int maxAttempts,
    long maxUploadBytes,
    Quota defaultQuota,
    Path provenanceDir,
    boolean expandPrompts) {
  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(videoOptions, "videoOptions");
    Objects.requireNonNull(workerSettings, "workerSettings");
    Objects.requireNonNull(defaultQuota, "defaultQuota");
    models = List.copyOf(models);
    if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0–65535, got " + port);
    if (workers < 0 || workers > 64) throw new IllegalArgumentException("workers must be 0–64, got " + workers);
    if (maxAttempts < 1) throw new IllegalArgumentException("max attempts must be >= 1, got " + maxAttempts);
    if (maxUploadBytes < 1024) throw new IllegalArgumentException("max upload must be >= 1024 bytes");
    if (!authRequired && !isLoopback(host)) {
      throw new IllegalArgumentException("--no-auth is for local development: it only binds to loopback "
          + "(127.0.0.1, ::1 or localhost), not " + host);
    }
  }

  /** Local defaults: loopback, port 8080, embedded database, one worker, keys required. */
  public static ServerConfig defaults(Path dataDir, Path modelsDir) {
    return new ServerConfig("127.0.0.1", 8080, null, dataDir, 1, true, List.of(), modelsDir,
        VideoOptions.standard(), WorkerSettings.DEFAULT, 3, 20L * 1024 * 1024, Quota.DEFAULT,
        ProvenanceKeys.defaultDirectory(), true);
  }

  public String jdbcUrl() {
    return databaseUrl != null ? databaseUrl : Database.embeddedUrl(dataDir);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, databaseUrl, dataDir, workers, authRequired, models, modelsDir,
        videoOptions, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expandPrompts);
  }

  public ServerConfig withWorkers(int count) {
    return new ServerConfig(host, port, databaseUrl, dataDir, count, authRequired, models, modelsDir,
        videoOptions, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expandPrompts);
  }

  public ServerConfig withDatabase(String url) {
    return new ServerConfig(host, port, url, dataDir, workers, authRequired, models, modelsDir,
        videoOptions, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expandPrompts);
  }

  public ServerConfig withAuth(boolean required) {
    return new ServerConfig(host, port, databaseUrl, dataDir, workers, required, models, modelsDir,
        videoOptions, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expandPrompts);
  }

  public ServerConfig withModels(List<Path> checkpoints) {
    return new ServerConfig(host, port, databaseUrl, dataDir, workers, authRequired, checkpoints, modelsDir,
        videoOptions, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expandPrompts);
  }

  public ServerConfig withWorkerSettings(WorkerSettings settings) {
    return new ServerConfig(host, port, databaseUrl, dataDir, workers, authRequired, models, modelsDir,
        videoOptions, settings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expandPrompts);
  }

  public ServerConfig withVideoOptions(VideoOptions options) {
    return new ServerConfig(host, port, databaseUrl, dataDir, workers, authRequired, models, modelsDir,
        options, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expandPrompts);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, databaseUrl, dataDir, workers, authRequired, models, modelsDir,
        videoOptions, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expandPrompts);
  }

  public ServerConfig withProvenance(Path keysDir) {
    return new ServerConfig(host, port, databaseUrl, dataDir, workers, authRequired, models, modelsDir,
        videoOptions, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, keysDir, expandPrompts);
  }

  public ServerConfig withPromptExpansion(boolean expand) {
    return new ServerConfig(host, port, databaseUrl, dataDir, workers, authRequired, models, modelsDir,
        videoOptions, workerSettings, maxAttempts, maxUploadBytes, defaultQuota, provenanceDir, expand);
  }

  static boolean isLoopback(String host) {
    if (host.equals("localhost")) return true;
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
