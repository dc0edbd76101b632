package dev.zoetrope.media;

import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.file.Path;

/** Test helpers other packages' tests use to make videos in codecs other than H.264. */
public final class MediaTestSupport {
  private MediaTestSupport() {}

  public static void writeMpeg4Avi(Video video, Path path) throws IOException {
    MediaTest.writeWithCodec(video, path, "avi", "mpeg4");
  }
}
