package dev.zoetrope.cli;

import dev.zoetrope.server.db.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the server keeps its state: the data directory and the jobs database. */
final class DatabaseOptions {
  static {
    // The connection pool logs every start and stop at INFO; a CLI user needs only its warnings.
    if (System.getProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    }
  }

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory: embedded database, results, uploads (default: ~/.zoetrope/server). "
          + "Shared storage when workers run on several machines.")
  Path data;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Jobs database (default: an embedded H2 file in the data directory), "
          + "e.g. jdbc:postgresql://db:5432/zoetrope?user=zoetrope&password=…")
  String database;

  Path dataDir() {
    return data != null ? data : Path.of(System.getProperty("user.home"), ".zoetrope", "server");
  }

  String jdbcUrl() {
    return database != null ? database : Database.embeddedUrl(dataDir());
  }

  Database open() {
    return Database.open(jdbcUrl(), 2);
  }
}
