package dev.zoetrope.media;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Write-to-temporary-then-rename, so readers see either the old file or the whole new one. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** A temporary path in the target's directory with the same extension (muxers pick formats by it). */
  public static Path temporarySibling(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    String name = absolute.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot);
    return Files.createTempFile(directory, "." + name + ".", ".part" + extension);
  }

  /** Moves {@code temporary} onto {@code target}, atomically where the file system can. */
  public static void commit(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a temporary file after a failure, keeping the original error. */
  public static void discard(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // the original failure matters more than a leftover temporary file
    }
  }
}
