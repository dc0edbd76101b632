package dev.zoetrope.media;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Asks the real ffprobe (installed by scripts/setup.sh) what a file is. */
final class FFprobe {
  private FFprobe() {}

  /** The first video stream's fields, frames counted by decoding. */
  static JsonNode videoStream(Path file) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(List.of("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
              "-show_entries", "stream=codec_name,pix_fmt,width,height,nb_read_frames,r_frame_rate:format=duration,format_name",
              "-of", "json", file.toString()))
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("ffprobe is missing: run scripts/setup.sh (it installs ffmpeg)", e);
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) throw new AssertionError("ffprobe failed: " + out);
    JsonNode root = new ObjectMapper().readTree(out);
    JsonNode stream = root.path("streams").path(0);
    ((com.fasterxml.jackson.databind.node.ObjectNode) stream).set("format", root.path("format"));
    return stream;
  }
}
