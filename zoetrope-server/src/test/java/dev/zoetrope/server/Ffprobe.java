package dev.zoetrope.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs the real ffprobe on a file: the judge of whether our MP4s are valid. */
public final class Ffprobe {
  private Ffprobe() {}

  /** ffprobe's JSON (streams, format, and every decoded frame counted); fails the test if ffprobe refuses the file. */
  public static JsonNode probe(Path file) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("ffprobe", "-v", "error", "-count_frames", "-show_streams", "-show_format",
        "-of", "json", file.toString()).redirectErrorStream(false).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || !err.isBlank()) {
      throw new AssertionError("ffprobe rejected " + file + ": " + err);
    }
    return new ObjectMapper().readTree(out);
  }

  /** The first video stream of a probe. */
  public static JsonNode videoStream(JsonNode probe) {
    for (JsonNode stream : probe.path("streams")) if (stream.path("codec_type").asText().equals("video")) return stream;
    throw new AssertionError("no video stream in " + probe);
  }
}
