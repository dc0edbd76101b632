package dev.zoetrope.server;

import dev.zoetrope.server.db.Database;
import dev.zoetrope.server.jobs.JobRunner;
import dev.zoetrope.server.jobs.JobStore;
import dev.zoetrope.server.jobs.Worker;
import dev.zoetrope.server.jobs.WorkerPool;
import dev.zoetrope.server.media.ResultFiles;
import dev.zoetrope.server.media.ResultWriter;
import dev.zoetrope.server.models.GeneratorFactory;
import dev.zoetrope.server.models.ModelCatalog;
import dev.zoetrope.world.sample.PlaceablePromptExpander;
import java.lang.management.ManagementFactory;
import java.time.Clock;

/** Workers without an API: {@code zoetrope worker}, and the in-process workers of {@code serve}. */
public final class WorkerNode implements AutoCloseable {
  private final Database database;
  private final boolean ownsDatabase;
  private final WorkerPool pool;

  private WorkerNode(Database database, boolean ownsDatabase, WorkerPool pool) {
    this.database = database;
    this.ownsDatabase = ownsDatabase;
    this.pool = pool;
  }

  /** Opens the database of {@code config} and starts {@code config.workers()} workers. */
  public static WorkerNode start(ServerConfig config, GeneratorFactory factory) {
    if (config.workers() < 1) throw new IllegalArgumentException("a worker node needs --workers >= 1");
    Database database = Database.open(config.jdbcUrl(), config.workers() + 2);
    try {
      return new WorkerNode(database, true, pool(config, database, factory).start());
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  static WorkerNode startShared(ServerConfig config, Database database, GeneratorFactory factory) {
    return new WorkerNode(database, false, pool(config, database, factory).start());
  }

  private static WorkerPool pool(ServerConfig config, Database database, GeneratorFactory factory) {
    ModelCatalog models = ModelCatalog.discover(config.models(), config.modelsDir());
    ResultFiles files = new ResultFiles(config.dataDir());
    JobStore jobs = new JobStore(database);
    JobRunner runner = new JobRunner(files, new ResultWriter(files, ResultWriter.credentials(config.provenanceDir())),
        config.videoOptions().timing(), config.expandPrompts() ? new PlaceablePromptExpander() : null);
    String node = ManagementFactory.getRuntimeMXBean().getName(); // pid@host: unique per process
    return new WorkerPool(config.workers(), index -> new Worker(node + "#" + index, jobs, runner, models, factory,
        files, config.workerSettings(), Clock.systemUTC()));
  }

  public int workers() {
    return pool.size();
  }

  /** Stops the workers (running jobs go back to the queue), then the database if this node opened it. */
  @Override
  public void close() {
    pool.close();
    if (ownsDatabase) database.close();
  }
}
