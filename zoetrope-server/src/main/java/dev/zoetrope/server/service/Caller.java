package dev.zoetrope.server.service;

import dev.zoetrope.server.keys.Quota;
import java.util.Objects;

/** Who is calling: the owner whose videos they see, the key they used (null without auth), its limits. */
public record Caller(String owner, String keyId, Quota quota) {
  public Caller {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(quota, "quota");
  }

  /** The single local user of a server started with --no-auth. */
  public static Caller local() {
    return new Caller("local", null, Quota.UNLIMITED);
  }
}
