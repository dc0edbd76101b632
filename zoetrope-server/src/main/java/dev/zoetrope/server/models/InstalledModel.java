package dev.zoetrope.server.models;

import java.nio.file.Path;
import java.util.Objects;

/** A model the server can serve: its public id and the checkpoint folder it loads from. */
public record InstalledModel(String id, Path checkpoint, long createdAt) {
  public InstalledModel {
    Objects.requireNonNull(checkpoint, "checkpoint");
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw new IllegalArgumentException("model id must be letters, digits, '.', '_' or '-', got '" + id + "'");
    }
  }
}
