package dev.zoetrope.server;

import dev.zoetrope.server.api.ApiApp;
import dev.zoetrope.server.api.Authenticator;
import dev.zoetrope.server.api.ProgressEvents;
import dev.zoetrope.server.db.Database;
import dev.zoetrope.server.jobs.JobStore;
import dev.zoetrope.server.keys.ApiKeyStore;
import dev.zoetrope.server.media.ResultFiles;
import dev.zoetrope.server.models.GeneratorFactory;
import dev.zoetrope.server.models.ModelCatalog;
import dev.zoetrope.server.service.PromptModerator;
import dev.zoetrope.server.service.VideoService;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;

/**
 * An API node: database, keys, the HTTP application, and (unless {@code workers} is 0) in-process
 * workers sharing its database. What {@code zoetrope serve} runs, and what the tests start.
 */
public final class ZoetropeServer implements AutoCloseable {
  private final Database database;
  private final Javalin app;
  private final ProgressEvents events;
  private final WorkerNode workers;
  private final String host;

  private ZoetropeServer(Database database, Javalin app, ProgressEvents events, WorkerNode workers, String host) {
    this.database = database;
    this.app = app;
    this.events = events;
    this.workers = workers;
    this.host = host;
  }

  /**
   * Starts an API node. On first start with keys required and none existing, creates a key and
   * prints it to {@code out} once (only its hash is stored).
   */
  public static ZoetropeServer start(ServerConfig config, GeneratorFactory factory, PromptModerator moderator, PrintStream out) {
    createDataDir(config);
    ModelCatalog models = ModelCatalog.discover(config.models(), config.modelsDir());
    Database database = Database.open(config.jdbcUrl(), 10 + config.workers());
    try {
      ApiKeyStore keys = new ApiKeyStore(database);
      if (config.authRequired() && !keys.anyKeys()) printFirstKey(keys, config, out);
      JobStore jobs = new JobStore(database);
      VideoService videos = new VideoService(jobs, models, config.videoOptions(), new ResultFiles(config.dataDir()),
          moderator, Clock.systemUTC(), config.maxAttempts(), config.maxUploadBytes());
      // Progress reaches the table once per heartbeat: polling faster than that sends nothing new.
      ProgressEvents events = new ProgressEvents(jobs, Math.min(250, config.workerSettings().heartbeatMillis()));
      Authenticator authenticator = config.authRequired() ? Authenticator.withKeys(keys) : Authenticator.disabled();
      Javalin app = ApiApp.create(videos, authenticator, events, config.maxUploadBytes()).start(config.host(), config.port());
      WorkerNode workers = config.workers() > 0 ? WorkerNode.startShared(config, database, factory) : null;
      return new ZoetropeServer(database, app, events, workers, config.host());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static void printFirstKey(ApiKeyStore keys, ServerConfig config, PrintStream out) {
    var created = keys.create("default", "first key", config.defaultQuota(), System.currentTimeMillis());
    out.println("Created the first API key (" + created.key().id() + "). It is shown only this once; keep it:");
    out.println();
    out.println("    " + created.secret());
    out.println();
    out.println("Use it as 'Authorization: Bearer <key>' (OPENAI_API_KEY for OpenAI SDKs). More: zoetrope keys create.");
    out.flush();
  }

  private static void createDataDir(ServerConfig config) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + config.dataDir(), e);
    }
  }

  public int port() {
    return app.port();
  }

  /** The base URL clients use, e.g. http://127.0.0.1:8080 (the API is under /v1). */
  public URI baseUrl() {
    String shown = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port());
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    app.stop();
    events.close();
    if (workers != null) workers.close();
    database.close();
  }
}
