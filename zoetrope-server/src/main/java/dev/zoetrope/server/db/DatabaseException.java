package dev.zoetrope.server.db;

import java.sql.SQLException;

/** A database operation failed; carries what the server was doing. */
public final class DatabaseException extends RuntimeException {
  public DatabaseException(String doing, SQLException cause) {
    super("database error during " + doing + ": " + cause.getMessage(), cause);
  }
}
