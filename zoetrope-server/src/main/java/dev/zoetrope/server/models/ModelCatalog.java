package dev.zoetrope.server.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The models this server offers; the first is the default for requests that name none. */
public final class ModelCatalog {
  private final Map<String, InstalledModel> models = new LinkedHashMap<>();

  public ModelCatalog(List<InstalledModel> installed) {
    if (installed.isEmpty()) throw new IllegalArgumentException("no model installed");
    for (InstalledModel model : installed) {
      if (models.putIfAbsent(model.id(), model) != null) {
        throw new IllegalArgumentException("two models are named '" + model.id() + "'");
      }
    }
  }

  /**
   * Explicit checkpoint folders first, then every checkpoint folder (one holding config.json)
   * directly under {@code modelsDir}, sorted by name. A model's id is its folder's name.
   */
  public static ModelCatalog discover(List<Path> explicit, Path modelsDir) {
    List<InstalledModel> found = new ArrayList<>();
    for (Path checkpoint : explicit) {
      if (!Files.isRegularFile(checkpoint.resolve("config.json"))) {
        throw new IllegalArgumentException("not a checkpoint folder (no config.json): " + checkpoint);
      }
      found.add(describe(checkpoint));
    }
    if (modelsDir != null && Files.isDirectory(modelsDir)) {
      try (Stream<Path> folders = Files.list(modelsDir)) {
        folders.filter(p -> Files.isRegularFile(p.resolve("config.json")))
            .sorted(Comparator.comparing(Path::toString))
            .map(ModelCatalog::describe)
            .filter(m -> found.stream().noneMatch(f -> f.id().equals(m.id())))
            .forEach(found::add);
      } catch (IOException e) {
        throw new UncheckedIOException("listing models in " + modelsDir, e);
      }
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("no model found: pass --model <checkpoint folder> or put one under "
          + modelsDir + " (train one with `zoetrope train dit`)");
    }
    return new ModelCatalog(found);
  }

  private static InstalledModel describe(Path checkpoint) {
    Path folder = checkpoint.toAbsolutePath().normalize();
    try {
      long created = Files.getLastModifiedTime(folder.resolve("config.json")).toMillis();
      return new InstalledModel(folder.getFileName().toString(), folder, created);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + folder, e);
    }
  }

  public InstalledModel defaultModel() {
    return models.values().iterator().next();
  }

  public Optional<InstalledModel> find(String id) {
    return Optional.ofNullable(models.get(id));
  }

  public List<InstalledModel> all() {
    return List.copyOf(models.values());
  }
}
