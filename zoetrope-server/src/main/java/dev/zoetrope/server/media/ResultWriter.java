package dev.zoetrope.server.media;

import dev.zoetrope.generate.GenerationResult;
import dev.zoetrope.media.AtomicFiles;
import dev.zoetrope.modes.OutputWriter;
import dev.zoetrope.safety.Provenance;
import dev.zoetrope.safety.provenance.C2paWriter;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.world.video.Video;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A generation result → the stored files of a finished video: the MP4 through the engine's
 * {@link OutputWriter} (invisible watermark of the model and job id, H.264 that browsers start
 * playing at once, C2PA content credentials), then a thumbnail and a spritesheet. Each file is
 * written to a temporary name and renamed, so a reader never sees half a file.
 */
public final class ResultWriter {
  private static final int SPRITESHEET_COLUMNS = 4;
  private static final int SPRITESHEET_TILES = 16;

  private final ResultFiles files;
  private final C2paWriter credentials;

  /** {@code credentials} signs every MP4 with a C2PA manifest; null leaves them unsigned. */
  public ResultWriter(ResultFiles files, C2paWriter credentials) {
    this.files = files;
    this.credentials = credentials;
  }

  /** Content credentials from the keys in {@code keysDir} (created on first use), or none for null. */
  public static C2paWriter credentials(Path keysDir) {
    return keysDir == null ? null : Provenance.credentials(ProvenanceKeys.loadOrCreate(keysDir));
  }

  /** Writes every variant of video {@code id}; the watermark's payload is the result's model and {@code id}. */
  public void write(String id, GenerationResult result) {
    Video video = result.video();
    if (video.frameCount() < 1) throw new IllegalArgumentException("the generator returned no frame");
    try {
      new OutputWriter(OutputWriter.watermark(id), credentials).write(result, files.file(id, Variant.VIDEO));
      writeJpeg(thumbnail(video), files.file(id, Variant.THUMBNAIL));
      writeJpeg(spritesheet(video), files.file(id, Variant.SPRITESHEET));
    } catch (IOException e) {
      throw new UncheckedIOException("writing the results of " + id, e);
    }
  }

  /** The middle frame: the first is often the least characteristic (a still or a given image). */
  static BufferedImage thumbnail(Video video) {
    return Frames.imageOf(video.frame(video.frameCount() / 2), video.width(), video.height());
  }

  /** Up to 16 evenly spaced frames in a grid of 4 columns, for scrubbing previews. */
  static BufferedImage spritesheet(Video video) {
    int tiles = Math.min(SPRITESHEET_TILES, video.frameCount());
    int columns = Math.min(SPRITESHEET_COLUMNS, tiles);
    int rows = (tiles + columns - 1) / columns;
    BufferedImage sheet = new BufferedImage(columns * video.width(), rows * video.height(), BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = sheet.createGraphics();
    for (int tile = 0; tile < tiles; tile++) {
      int frameIndex = tiles == 1 ? 0 : (int) Math.round(tile * (video.frameCount() - 1) / (double) (tiles - 1));
      BufferedImage frame = Frames.imageOf(video.frame(frameIndex), video.width(), video.height());
      graphics.drawImage(frame, (tile % columns) * video.width(), (tile / columns) * video.height(), null);
    }
    graphics.dispose();
    return sheet;
  }

  private static void writeJpeg(BufferedImage image, Path target) throws IOException {
    Path temporary = AtomicFiles.temporarySibling(target);
    try {
      if (!ImageIO.write(image, "jpg", temporary.toFile())) throw new IOException("no JPEG writer in this JDK");
      AtomicFiles.commit(temporary, target);
    } finally {
      AtomicFiles.discard(temporary);
    }
  }
}
