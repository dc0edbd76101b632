package dev.zoetrope.cli;

import dev.zoetrope.server.db.Database;
import dev.zoetrope.server.keys.ApiKeyStore;
import dev.zoetrope.server.keys.Quota;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zoetrope keys create}: a new key, printed once. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Create an API key and print it once. Videos belong to the key's owner: keys of one owner see the same videos.",
    footer = {"", "Examples:", "  zoetrope keys create --owner alice --name laptop --max-concurrent 2 --max-per-day 100"})
public final class KeysCreateCommand implements Runnable {
  @Mixin DatabaseOptions storage;

  @Option(names = "--owner", defaultValue = "default", description = "Who the key's videos belong to (default: ${DEFAULT-VALUE}).")
  String owner;

  @Option(names = "--name", defaultValue = "", description = "A label to recognise the key by.")
  String name;

  @Option(names = "--max-concurrent", defaultValue = "4", description = "Videos queued or in progress at once (default: ${DEFAULT-VALUE}).")
  int maxConcurrent;

  @Option(names = "--max-per-day", defaultValue = "500", description = "Videos created per rolling 24 hours (default: ${DEFAULT-VALUE}).")
  int maxPerDay;

  @Override
  public void run() {
    Quota quota = new Quota(maxConcurrent, maxPerDay);
    try (Database database = storage.open()) {
      var created = new ApiKeyStore(database).create(owner, name, quota, System.currentTimeMillis());
      System.out.println("Created " + created.key().id() + " for owner '" + owner + "'. The key is shown only this once:");
      System.out.println();
      System.out.println("    " + created.secret());
      System.out.println();
    }
  }
}
