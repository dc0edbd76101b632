package dev.zoetrope.checkpoint;

import ai.djl.ndarray.NDArray;
import dev.zoetrope.config.Json;
import dev.zoetrope.config.ModelConfig;
import dev.zoetrope.nn.Parameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A checkpoint is a folder: config.json, autoencoder.safetensors, dit.safetensors, MODEL_CARD.md
 * and, from training, training/ (raw weights, optimizer moments, RNG and step for an exact resume).
 * It is written into a temporary sibling folder and renamed into place, so a crash never leaves a
 * half checkpoint. Loading checks every name, shape and dtype against the config.
 */
public final class Checkpoint {
  public static final String CONFIG = "config.json";
  public static final String AUTOENCODER = "autoencoder.safetensors";
  public static final String DIT = "dit.safetensors";
  public static final String MODEL_CARD = "MODEL_CARD.md";
  public static final String TRAINING = "training";

  /** Fills a folder with a checkpoint's files. */
  @FunctionalInterface
  public interface Writer {
    void write(Path folder) throws IOException;
  }

  private Checkpoint() {}

  /** Writes via {@code writer} into a temp folder next to {@code target}, then swaps it in. */
  public static void writeAtomically(Path target, Writer writer) throws IOException {
    Path absolute = target.toAbsolutePath().normalize(); // "a/./../a" would stop resolving once "a" is moved aside
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".tmp-");
    Path old = parent.resolve("." + absolute.getFileName() + ".old");
    boolean movedAside = false;
    try {
      writer.write(temp);
      deleteTree(old);
      if (Files.exists(absolute)) {
        move(absolute, old);
        movedAside = true;
      }
      move(temp, absolute);
    } catch (IOException | RuntimeException e) {
      deleteTree(temp);
      if (movedAside && !Files.exists(absolute)) move(old, absolute); // the previous contents stay where they were
      throw e;
    }
    deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  public static void deleteTree(Path path) throws IOException {
    if (!Files.exists(path)) return;
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  public static void writeConfig(Path folder, ModelConfig config) throws IOException {
    Files.writeString(folder.resolve(CONFIG), Json.write(config));
  }

  public static ModelConfig readConfig(Path folder) {
    Path file = folder.resolve(CONFIG);
    if (!Files.isDirectory(folder)) throw new IllegalArgumentException("checkpoint folder not found: " + folder);
    try {
      return Json.read(file, ModelConfig.class);
    } catch (NoSuchFileException e) {
      throw new CheckpointException(CONFIG, null, "is missing in " + folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new CheckpointException(CONFIG, null, e.getMessage());
    }
  }

  public static void writeWeights(Path file, Parameters parameters, boolean fp16) throws IOException {
    Map<String, Safetensors.Tensor> tensors = new LinkedHashMap<>();
    for (Map.Entry<String, NDArray> entry : parameters.all().entrySet()) {
      NDArray array = entry.getValue();
      tensors.put(entry.getKey(), new Safetensors.Tensor("F32", array.getShape().getShape(), array.toFloatArray()));
    }
    Safetensors.write(file, tensors, fp16, Map.of("format", "pt", "producer", "zoetrope"));
  }

  /** Loads {@code file} into {@code target}, after checking names, shapes and dtypes. */
  public static void loadWeights(Path file, Parameters target) {
    loadWeights(file, target, java.util.Set.of());
  }

  /** As {@link #loadWeights(Path, Parameters)}; tensors named in {@code added} may be absent and then keep their values. */
  public static void loadWeights(Path file, Parameters target, java.util.Set<String> added) {
    String name = file.getFileName().toString();
    if (!Files.exists(file)) throw new CheckpointException(name, null, "is missing in " + file.getParent());
    Map<String, Safetensors.Tensor> tensors = Safetensors.read(file);
    Map<String, float[]> values = new LinkedHashMap<>();
    for (Map.Entry<String, NDArray> entry : target.all().entrySet()) {
      Safetensors.Tensor tensor = tensors.get(entry.getKey());
      if (tensor == null && added.contains(entry.getKey())) {
        values.put(entry.getKey(), entry.getValue().toFloatArray());
        continue;
      }
      if (tensor == null) throw new CheckpointException(name, entry.getKey(), "is missing (the config expects it)");
      long[] expected = entry.getValue().getShape().getShape();
      if (!Arrays.equals(expected, tensor.shape())) {
        throw new CheckpointException(name, entry.getKey(),
            "has shape " + Arrays.toString(tensor.shape()) + " but config.json needs " + Arrays.toString(expected));
      }
      for (float v : tensor.values()) {
        if (!Float.isFinite(v)) throw new CheckpointException(name, entry.getKey(), "holds NaN or infinite values");
      }
      values.put(entry.getKey(), tensor.values());
    }
    for (String stored : tensors.keySet()) {
      if (!target.all().containsKey(stored)) {
        throw new CheckpointException(name, stored, "is not part of the model described by config.json");
      }
    }
    target.load(values);
  }
}
