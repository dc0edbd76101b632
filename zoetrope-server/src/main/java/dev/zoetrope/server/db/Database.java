package dev.zoetrope.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** A pooled connection to the jobs database, with its schema created on first open. */
public final class Database implements AutoCloseable {
  private static final String[] SCHEMA = {
    """
    CREATE TABLE IF NOT EXISTS api_keys (
      id VARCHAR(40) PRIMARY KEY,
      owner VARCHAR(200) NOT NULL,
      name VARCHAR(200) NOT NULL,
      secret_hash VARCHAR(64) NOT NULL UNIQUE,
      prefix VARCHAR(16) NOT NULL,
      created_at BIGINT NOT NULL,
      revoked_at BIGINT,
      max_concurrent INT NOT NULL,
      max_per_day INT NOT NULL)""",
    """
    CREATE TABLE IF NOT EXISTS jobs (
      id VARCHAR(64) PRIMARY KEY,
      owner VARCHAR(200) NOT NULL,
      key_id VARCHAR(40),
      status VARCHAR(16) NOT NULL,
      progress INT NOT NULL,
      model VARCHAR(200) NOT NULL,
      prompt VARCHAR(32000) NOT NULL,
      seconds VARCHAR(8) NOT NULL,
      size VARCHAR(16) NOT NULL,
      spec VARCHAR(4000) NOT NULL,
      remixed_from VARCHAR(64),
      created_at BIGINT NOT NULL,
      started_at BIGINT,
      completed_at BIGINT,
      expires_at BIGINT,
      error_code VARCHAR(64),
      error_message VARCHAR(2000),
      attempts INT NOT NULL,
      max_attempts INT NOT NULL,
      lease_owner VARCHAR(200),
      lease_expires_at BIGINT,
      deleted BOOLEAN NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS jobs_queue ON jobs (status, created_at)",
    "CREATE INDEX IF NOT EXISTS jobs_owner ON jobs (owner, created_at)",
  };

  private final HikariDataSource pool;
  private final Dialect dialect;

  private Database(HikariDataSource pool, Dialect dialect) {
    this.pool = pool;
    this.dialect = dialect;
  }

  /** Opens {@code jdbcUrl} (user and password may be in the URL) and creates missing tables. */
  public static Database open(String jdbcUrl, int maxConnections) {
    Dialect dialect = Dialect.of(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (dialect == Dialect.H2 && !jdbcUrl.contains("USER=")) config.setUsername("sa");
    config.setMaximumPoolSize(maxConnections);
    config.setPoolName("zoetrope-db");
    // Fail fast with the driver's own message (wrong host, refused login) instead of a pool timeout.
    config.setInitializationFailTimeout(10_000);
    HikariDataSource pool = new HikariDataSource(config);
    Database database = new Database(pool, dialect);
    database.createSchema();
    return database;
  }

  /**
   * The default embedded database: an H2 file under {@code dataDir}. AUTO_SERVER lets a second
   * process on the machine (e.g. {@code zoetrope keys create} while {@code serve} runs) share it.
   * WRITE_DELAY=0: H2 otherwise writes commits up to a second later, so a killed server would
   * forget videos it had already acknowledged.
   */
  public static String embeddedUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("zoetrope") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
  }

  private void createSchema() {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      for (String sql : SCHEMA) statement.execute(sql);
    } catch (SQLException e) {
      throw new DatabaseException("creating the schema", e);
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DatabaseException("a transaction", e);
    }
  }

  /** Runs one auto-committed piece of work. */
  public <T> T withConnection(SqlWork<T> work) {
    try (Connection connection = pool.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new DatabaseException("a query", e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  /** Database work that may throw {@link SQLException}. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }
}
