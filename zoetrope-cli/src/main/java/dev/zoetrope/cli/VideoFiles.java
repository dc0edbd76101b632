package dev.zoetrope.cli;

import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a generated video: .mp4 (H.264) or, for one frame, .png. */
final class VideoFiles {
  private VideoFiles() {}

  static void write(Video video, Path target) throws IOException {
    String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (target.toAbsolutePath().getParent() != null) java.nio.file.Files.createDirectories(target.toAbsolutePath().getParent());
    if (name.endsWith(".png")) {
      if (video.frameCount() != 1) throw new IllegalArgumentException(".png output needs --frames 1, got " + video.frameCount() + " frames");
      dev.zoetrope.media.PngIO.write(video, 0, target);
    } else if (name.endsWith(".mp4")) {
      dev.zoetrope.media.Mp4Writer.write(video, target);
    } else {
      throw new IllegalArgumentException("output must end in .mp4 or .png, got '" + target + "'");
    }
  }
}
