package dev.zoetrope.server.keys;

import java.util.Objects;

/**
 * An API key as stored: never the secret itself, only its SHA-256 and a short prefix that lets a
 * person recognise it in {@code zoetrope keys list}.
 */
public record ApiKey(
    String id, String owner, String name, String prefix, long createdAt, Long revokedAt, Quota quota) {
  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(quota, "quota");
  }

  public boolean revoked() {
    return revokedAt != null;
  }
}
