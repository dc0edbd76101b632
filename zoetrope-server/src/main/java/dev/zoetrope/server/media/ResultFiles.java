package dev.zoetrope.server.media;

import dev.zoetrope.server.jobs.JobIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where a job's files live under the data directory: {@code videos/<id>/} for results and
 * {@code inputs/<id>/} for uploads. With several machines, the data directory is shared storage.
 */
public final class ResultFiles {
  private final Path dataDir;

  public ResultFiles(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path resultDir(String id) {
    return dataDir.resolve("videos").resolve(checked(id));
  }

  public Path file(String id, Variant variant) {
    return resultDir(id).resolve(variant.fileName);
  }

  public Path inputDir(String id) {
    return dataDir.resolve("inputs").resolve(checked(id));
  }

  /** An input path stored in a job (relative to the data directory), refusing anything outside it. */
  public Path resolveInput(String relative) {
    Path path = dataDir.resolve(relative).normalize();
    if (!path.startsWith(dataDir.resolve("inputs"))) throw new IllegalArgumentException("input outside the data directory: " + relative);
    return path;
  }

  public String relativize(Path path) {
    return dataDir.relativize(path.toAbsolutePath().normalize()).toString();
  }

  /** Removes a job's results and uploads (a deleted video). */
  public void deleteAll(String id) {
    deleteTree(resultDir(id));
    deleteTree(inputDir(id));
  }

  private static String checked(String id) {
    if (!JobIds.isValid(id)) throw new IllegalArgumentException("not a video id: " + id);
    return id;
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("deleting " + root, e);
    }
  }
}
