package dev.zoetrope.modes;

import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.media.PngIO;
import dev.zoetrope.safety.Provenance;
import dev.zoetrope.safety.provenance.C2paWriter;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.safety.watermark.Payload;
import dev.zoetrope.safety.watermark.WatermarkConfig;
import dev.zoetrope.safety.watermark.WatermarkEmbedder;
import dev.zoetrope.world.video.Video;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The one place a generated video becomes a file, for every mode and for the server: frames are
 * marked (the invisible watermark, {@link #watermark}), encoded (H.264 MP4, or PNG for one frame) and, for MP4, signed with C2PA
 * content credentials. Every step writes a temporary file that is renamed into place, so the
 * target is either absent (or its old self) or complete: a failure never leaves half a file.
 */
public final class OutputWriter {
  /** Changes frames before they are encoded, e.g. embeds a watermark naming the model. */
  @FunctionalInterface
  public interface Marker {
    Video mark(Video video, GenerationResult result);
  }

  /** Leaves frames as generated. */
  public static final Marker UNMARKED = (video, result) -> video;

  /** The invisible watermark, whose payload names the result's model and {@code jobId} (hashed). */
  public static Marker watermark(String jobId) {
    if (jobId == null || jobId.isBlank()) throw new IllegalArgumentException("a job id is required for the watermark");
    WatermarkEmbedder embedder = new WatermarkEmbedder(WatermarkConfig.defaults());
    return (video, result) -> embedder.embed(video, Payload.of(result.modelId(), jobId));
  }

  /** The file formats a result can be written as, chosen by the target's extension. */
  public enum Format {
    MP4,
    PNG;

    public static Format of(Path target) {
      String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".mp4")) return MP4;
      if (name.endsWith(".png")) return PNG;
      throw new IllegalArgumentException("output must end in .mp4 (a video) or .png (one frame), got '" + target + "'");
    }
  }

  private final Marker marker;
  private final C2paWriter credentials;

  /** {@code credentials} signs every MP4; null leaves them unsigned. */
  public OutputWriter(Marker marker, C2paWriter credentials) {
    this.marker = Objects.requireNonNull(marker, "marker");
    this.credentials = credentials;
  }

  /**
   * What every generation writes: frames watermarked with the model and {@code jobId}, MP4s signed
   * with the keys in {@code keysDirectory} (created there on first use).
   */
  public static OutputWriter standard(String jobId, Path keysDirectory) {
    return new OutputWriter(watermark(jobId), Provenance.credentials(ProvenanceKeys.loadOrCreate(keysDirectory)));
  }

  /** Checks, before any work, that {@code target} can hold {@code frames} frames and can be written. */
  public static Format check(Path target, int frames) {
    Format format = Format.of(target);
    if (format == Format.PNG && frames != 1) {
      throw new IllegalArgumentException("a .png holds one frame but this makes " + frames + "; write .mp4 or ask for one frame");
    }
    checkWritable(target);
    return format;
  }

  /** The target is not a folder, and its nearest existing ancestor is a folder we may write in (missing ones are created). */
  private static void checkWritable(Path target) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) throw new IllegalArgumentException("output " + target + " is a folder; name a file in it");
    Path ancestor = absolute.getParent();
    while (ancestor != null && !Files.exists(ancestor)) ancestor = ancestor.getParent();
    if (ancestor == null || !Files.isDirectory(ancestor)) {
      throw new IllegalArgumentException("cannot write " + target + ": " + ancestor + " is not a folder");
    }
    if (!Files.isWritable(ancestor)) throw new IllegalArgumentException("cannot write " + target + ": no permission to write in " + ancestor);
  }

  /** What was made, for the line that reports a written file: "128x128 image" or "128x128, 33 frames, 4.1 s". */
  public static String describe(Video video) {
    if (video.frameCount() == 1) return video.width() + "x" + video.height() + " image";
    return String.format(Locale.ROOT, "%dx%d, %d frames, %.1f s", video.width(), video.height(), video.frameCount(), video.seconds());
  }

  public void write(GenerationResult result, Path target) throws IOException {
    Format format = check(target, result.video().frameCount());
    Video video = marker.mark(result.video(), result);
    if (format == Format.PNG) {
      PngIO.write(video, 0, target);
    } else if (credentials == null) {
      Mp4Writer.write(video, target);
    } else {
      Provenance.writeSigned(video, target, credentials, target.getFileName().toString());
    }
  }
}
