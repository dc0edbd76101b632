package dev.zoetrope.cli;

import dev.zoetrope.server.ServerConfig;
import dev.zoetrope.server.jobs.WorkerSettings;
import dev.zoetrope.server.service.VideoOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code serve} and {@code worker}: storage, models, leases. */
final class ServerOptions {
  @Mixin DatabaseOptions storage;

  @Option(names = "--model", paramLabel = "CHECKPOINT", description = "A checkpoint folder to serve (repeatable; the first is the default).")
  List<Path> models = new ArrayList<>();

  @Option(names = "--models", paramLabel = "DIR", description = "Folder whose checkpoint subfolders are served (default: $ZOETROPE_HOME/models).")
  Path modelsDir;

  @Option(names = "--lease-seconds", paramLabel = "S", defaultValue = "30",
      description = "A job whose worker sends no heartbeat for this long goes back to the queue (default: ${DEFAULT-VALUE}).")
  int leaseSeconds;

  @Option(names = "--fps", defaultValue = "8", description = "Frames per second of generated videos (default: ${DEFAULT-VALUE}).")
  double fps;

  @Option(names = "--no-expand",
      description = "Give the model each prompt as written. By default workers expand it into the detailed caption the model "
          + "was trained on, as generate does (the job keeps the prompt as written; the expansion is logged).")
  boolean noExpand;

  Path modelsDir() {
    if (modelsDir != null) return modelsDir;
    String home = System.getProperty("zoetrope.home", System.getenv().getOrDefault("ZOETROPE_HOME", "."));
    return Path.of(home, "models");
  }

  ServerConfig config() {
    if (leaseSeconds < 3) throw new IllegalArgumentException("--lease-seconds must be >= 3, got " + leaseSeconds);
    VideoOptions standard = VideoOptions.standard();
    VideoOptions options = new VideoOptions(standard.sizes(), standard.defaultSize(), standard.maxSeconds(),
        standard.defaultSeconds(), fps, standard.maxPromptChars());
    long lease = leaseSeconds * 1000L;
    WorkerSettings settings = new WorkerSettings(lease, Math.min(1000, lease / 3), 500);
    return ServerConfig.defaults(storage.dataDir(), modelsDir()).withDatabase(storage.database).withModels(models)
        .withVideoOptions(options).withWorkerSettings(settings).withPromptExpansion(!noExpand);
  }
}
