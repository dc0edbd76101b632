package dev.zoetrope.data;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.zoetrope.media.VideoReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a folder of videos plus a captions file into shards. Each video is resampled to the
 * dataset's frame rate, scaled to cover the standard size nearest its aspect ratio and centre-
 * cropped, and cut to the longest standard frame count it fills. A video that cannot be read, has no
 * caption, or a caption line that names no file, is skipped and reported; nothing else stops it.
 */
public final class DatasetImporter {
  static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "gif", "mpg", "mpeg", "ts", "wmv", "flv", "ogv", "3gp");

  public record Skipped(String file, String reason) {}

  public record Report(int imported, List<Skipped> skipped, double seconds) {}

  private record Caption(String caption, List<String> captions) {}

  private DatasetImporter() {}

  public static Report importVideos(Path videos, Path captionsFile, Path out, double fps, Compression compression) throws IOException {
    if (!Files.isDirectory(videos)) throw new IllegalArgumentException(videos + " is not a folder of videos");
    if (!Files.isRegularFile(captionsFile)) throw new IllegalArgumentException("captions file " + captionsFile + " does not exist");
    long start = System.nanoTime();
    List<Skipped> skipped = new ArrayList<>();
    Map<String, Caption> captions = readCaptions(captionsFile, skipped);
    List<Path> files = videoFiles(videos);
    int imported = 0;
    try (DatasetWriter writer = new DatasetWriter(out, fps, compression, 1024, "import")) {
      for (Path file : files) {
        String name = videos.relativize(file).toString().replace('\\', '/');
        Caption caption = captions.remove(name);
        if (caption == null) caption = captions.remove(file.getFileName().toString());
        if (caption == null) {
          skipped.add(new Skipped(name, "no caption in " + captionsFile.getFileName()));
          continue;
        }
        try {
          Clip clip = decode(file, fps);
          ObjectNode meta = DatasetWriter.JSON.createObjectNode()
              .put("file", name).put("width", clip.sourceWidth).put("height", clip.sourceHeight).put("fps", clip.sourceFps);
          writer.add(clip.bucket, clip.rgb, name, caption.caption(), caption.captions(), name, meta);
          imported++;
        } catch (IOException e) {
          skipped.add(new Skipped(name, e.getMessage()));
        }
      }
    }
    for (String missing : captions.keySet()) skipped.add(new Skipped(missing, "listed in " + captionsFile.getFileName() + " but not found"));
    return new Report(imported, List.copyOf(skipped), (System.nanoTime() - start) / 1e9);
  }

  /** A decoded, resampled, cropped clip. */
  private static final class Clip {
    Bucket bucket;
    byte[] rgb;
    int sourceWidth;
    int sourceHeight;
    double sourceFps;
  }

  private static Clip decode(Path file, double fps) throws IOException {
    int maxFrames = Bucket.FRAME_COUNTS.get(Bucket.FRAME_COUNTS.size() - 1);
    List<byte[]> kept = new ArrayList<>();
    Clip clip = new Clip();
    int[] size = new int[2];
    double[] firstTime = {Double.NaN};
    VideoReader.stream(file, (info, index, seconds, rgb) -> {
      if (index == 0) {
        clip.sourceWidth = info.width();
        clip.sourceHeight = info.height();
        clip.sourceFps = info.fps();
        int[] target = Bucket.nearestSize(info.width(), info.height());
        size[0] = target[0];
        size[1] = target[1];
        firstTime[0] = seconds;
      }
      double time = seconds - firstTime[0];
      byte[] scaled = null;
      // Sample and hold: this frame stands for every output time up to half a source frame ahead.
      while (kept.size() < maxFrames && time + 0.5 / info.fps() >= kept.size() / fps) {
        if (scaled == null) scaled = Resampler.coverCrop(rgb, info.width(), info.height(), size[0], size[1]);
        kept.add(scaled);
      }
      return kept.size() < maxFrames;
    });
    if (kept.isEmpty()) throw new IOException("no frames decoded");
    clip.bucket = new Bucket(Bucket.framesFor(kept.size()), size[1], size[0]);
    clip.rgb = new byte[clip.bucket.clipBytes()];
    for (int f = 0; f < clip.bucket.frames(); f++) {
      System.arraycopy(kept.get(f), 0, clip.rgb, f * clip.bucket.frameBytes(), clip.bucket.frameBytes());
    }
    return clip;
  }

  /** file name → caption; malformed lines are reported and skipped. */
  private static Map<String, Caption> readCaptions(Path file, List<Skipped> skipped) throws IOException {
    Map<String, Caption> captions = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) continue;
      String where = file.getFileName() + " line " + (i + 1);
      try {
        JsonNode node = DatasetWriter.JSON.readTree(line);
        String name = node.hasNonNull("file") ? node.get("file").asText() : node.path("video").asText(null);
        String caption = node.hasNonNull("caption") ? node.get("caption").asText() : null;
        if (name == null || caption == null || caption.isBlank()) {
          skipped.add(new Skipped(where, "needs \"file\" and a non-empty \"caption\""));
          continue;
        }
        List<String> all = node.has("captions")
            ? DatasetWriter.JSON.convertValue(node.get("captions"), new TypeReference<List<String>>() {}) : List.of(caption);
        captions.put(name.replace('\\', '/'), new Caption(caption, all));
      } catch (IOException | IllegalArgumentException e) {
        skipped.add(new Skipped(where, "not a JSON object: " + e.getMessage().lines().findFirst().orElse("")));
      }
    }
    return captions;
  }

  private static List<Path> videoFiles(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).filter(DatasetImporter::isVideo).sorted().toList();
    }
  }

  private static boolean isVideo(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return !name.startsWith(".") && dot > 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
