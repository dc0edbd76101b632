package dev.zoetrope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real ffprobe's view of a file: the judge of whether our MP4s are valid. */
final class Ffprobe {
  /** What the first video stream is, frames counted by decoding every one. */
  record Stream(String codec, String pixelFormat, int width, int height, int frames) {}

  private Ffprobe() {}

  static Stream video(Path file) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of("ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
        "-show_entries", "stream=codec_name,pix_fmt,width,height,nb_read_frames", "-of", "json", file.toString())).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !err.isBlank()) {
      throw new AssertionError("ffprobe rejected " + file + ": " + err);
    }
    JsonNode stream = new ObjectMapper().readTree(out).path("streams").path(0);
    return new Stream(stream.path("codec_name").asText(), stream.path("pix_fmt").asText(), stream.path("width").asInt(),
        stream.path("height").asInt(), stream.path("nb_read_frames").asInt());
  }
}
