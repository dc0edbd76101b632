package dev.zoetrope.cli;

import dev.zoetrope.server.db.Database;
import dev.zoetrope.server.keys.ApiKey;
import dev.zoetrope.server.keys.ApiKeyStore;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code zoetrope keys list}: every key, without secrets. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List API keys: id, owner, name, the secret's first characters, limits, and whether revoked.",
    footer = {"", "Examples:", "  zoetrope keys list", "  zoetrope keys list --db 'jdbc:postgresql://db:5432/zoetrope?user=z&password=…'"})
public final class KeysListCommand implements Runnable {
  @Mixin DatabaseOptions storage;

  @Override
  public void run() {
    try (Database database = storage.open()) {
      List<ApiKey> keys = new ApiKeyStore(database).list();
      if (keys.isEmpty()) {
        System.out.println("No keys. Create one with: zoetrope keys create");
        return;
      }
      String format = "%-22s %-16s %-16s %-12s %-11s %-21s %s%n";
      System.out.printf(format, "ID", "OWNER", "NAME", "STARTS WITH", "CONCURRENT", "CREATED", "STATE");
      for (ApiKey key : keys) {
        System.out.printf(format, key.id(), key.owner(), key.name(), key.prefix() + "…",
            key.quota().maxConcurrent() + "/" + key.quota().maxPerDay() + "d",
            Instant.ofEpochMilli(key.createdAt()).toString().substring(0, 19) + "Z",
            key.revoked() ? "revoked " + Instant.ofEpochMilli(key.revokedAt()) : "active");
      }
    }
  }
}
