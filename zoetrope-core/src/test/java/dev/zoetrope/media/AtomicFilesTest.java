package dev.zoetrope.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written through a temporary sibling get the permissions any new file gets (0644 under umask 022). */
class AtomicFilesTest {
  @TempDir Path directory;
  private Set<PosixFilePermission> ordinary;

  @BeforeEach
  void ordinaryPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    // A file created without explicit permissions gets 0666 less the process's umask.
    ordinary = Files.getPosixFilePermissions(Files.createFile(directory.resolve("ordinary")));
  }

  @Test
  void committedFilesHaveOrdinaryPermissions() throws IOException {
    assertTrue(ordinary.contains(PosixFilePermission.OWNER_WRITE));
    Path target = directory.resolve("clip.json");
    Path temporary = AtomicFiles.temporarySibling(target);
    assertEquals(ordinary, Files.getPosixFilePermissions(temporary));
    assertTrue(temporary.getFileName().toString().startsWith(".clip.json."), temporary.toString());
    assertTrue(temporary.getFileName().toString().endsWith(".part.json"), "keeps the extension: " + temporary);
    assertNotEquals(temporary, AtomicFiles.temporarySibling(target));
    Files.writeString(temporary, "{}");
    AtomicFiles.commit(temporary, target);
    assertEquals(ordinary, Files.getPosixFilePermissions(target));
  }

  @Test
  void replacingAFileKeepsItsPermissions() throws IOException {
    Path target = directory.resolve("private.json");
    Files.writeString(target, "old");
    Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
    Files.setPosixFilePermissions(target, ownerOnly);
    Path temporary = AtomicFiles.temporarySibling(target);
    Files.writeString(temporary, "new");
    AtomicFiles.commit(temporary, target);
    assertEquals("new", Files.readString(target));
    assertEquals(ownerOnly, Files.getPosixFilePermissions(target));
  }

  @Test
  void mediaWritersProduceOrdinaryFiles() throws IOException {
    Video video = new Video(16, 16, 8, List.of(new byte[16 * 16 * 3], new byte[16 * 16 * 3]));
    Path png = directory.resolve("frame.png");
    PngIO.write(video, 0, png);
    assertEquals(ordinary, Files.getPosixFilePermissions(png));
    Path mp4 = directory.resolve("clip.mp4");
    Mp4Writer.write(video, mp4);
    assertEquals(ordinary, Files.getPosixFilePermissions(mp4));
  }
}
