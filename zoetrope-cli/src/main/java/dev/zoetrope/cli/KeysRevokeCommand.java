package dev.zoetrope.cli;

import dev.zoetrope.server.db.Database;
import dev.zoetrope.server.keys.ApiKeyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code zoetrope keys revoke}: the key stops working at once (its videos stay with the owner). */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    description = "Revoke an API key by id; requests with it get 401 from then on.",
    footer = {"", "Examples:", "  zoetrope keys revoke key_3f9c2a1b0d4e5f60"})
public final class KeysRevokeCommand implements Runnable {
  @Mixin DatabaseOptions storage;

  @Parameters(paramLabel = "KEY_ID", description = "The key's id, as shown by `zoetrope keys list`.")
  String id;

  @Override
  public void run() {
    try (Database database = storage.open()) {
      if (!new ApiKeyStore(database).revoke(id, System.currentTimeMillis())) {
        throw new IllegalArgumentException("no active key with id '" + id + "' (see `zoetrope keys list`)");
      }
      System.out.println("Revoked " + id + ".");
    }
  }
}
