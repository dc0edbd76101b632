package dev.zoetrope.cli;

import dev.zoetrope.media.VideoReader;
import dev.zoetrope.world.bench.EntryClip;
import dev.zoetrope.world.bench.GroundTruth;
import dev.zoetrope.world.bench.SuiteEntry;
import dev.zoetrope.world.bench.VideoSource;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Videos made elsewhere, one file per suite entry named after its id ({@code held_out-007.mp4};
 * also .webm, .mkv, .mov or .avi: anything FFmpeg decodes). The inputs of conditioned modes are
 * taken to be the suite's own (rendered from the ground truth).
 */
final class DirectoryVideoSource implements VideoSource {
  static final List<String> EXTENSIONS = List.of(".mp4", ".webm", ".mkv", ".mov", ".avi");

  private final Path dir;
  private final GroundTruth truth = new GroundTruth();

  DirectoryVideoSource(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new FileNotFoundException("--videos " + dir + " is not a directory");
    this.dir = dir;
  }

  @Override
  public EntryClip clip(SuiteEntry entry) throws IOException {
    Path file = file(entry.id());
    return new EntryClip(entry, VideoReader.read(file), entry.inputs().isEmpty() ? List.of() : truth.render(entry).inputs());
  }

  private Path file(String id) throws FileNotFoundException {
    for (String extension : EXTENSIONS) {
      Path candidate = dir.resolve(id + extension);
      if (Files.isRegularFile(candidate)) return candidate;
    }
    throw new FileNotFoundException("no video for suite entry " + id + " in " + dir + " (expected " + id + ".mp4)");
  }

  @Override
  public String describe() {
    return "videos " + dir;
  }
}
