package dev.zoetrope.media;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/** Write-to-temporary-then-rename, so readers see either the old file or the whole new one. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * A new empty file in the target's directory with the same extension (muxers pick formats by it).
   * It is created like any ordinary file (0666 less the umask: 0644 usually), not owner-only as
   * {@link Files#createTempFile} makes it, because the rename keeps the temporary's permissions.
   */
  public static Path temporarySibling(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Files.createDirectories(directory);
    String name = absolute.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot);
    while (true) {
      String unique = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
      try {
        return Files.createFile(directory.resolve("." + name + "." + unique + ".part" + extension));
      } catch (FileAlreadyExistsException taken) {
        // another writer drew the same name: draw again
      }
    }
  }

  /**
   * Moves {@code temporary} onto {@code target}, atomically where the file system can. A file it
   * replaces keeps its permissions (someone may have narrowed them on purpose).
   */
  public static void commit(Path temporary, Path target) throws IOException {
    PosixFileAttributeView existing = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (existing != null && Files.isRegularFile(target)) {
      try {
        Files.setPosixFilePermissions(temporary, existing.readAttributes().permissions());
      } catch (NoSuchFileException gone) {
        // removed meanwhile: nothing to keep
      }
    }
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
