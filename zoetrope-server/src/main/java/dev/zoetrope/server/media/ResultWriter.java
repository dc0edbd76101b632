package dev.zoetrope.server.media;

import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.safety.provenance.C2paWriter;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import dev.zoetrope.world.video.Video;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Frames → the stored files of a finished video: an H.264 MP4 that browsers can start playing at
 * once (media's {@code Mp4Writer}: yuv420p, moov first) carrying C2PA content credentials, a
 * thumbnail and a spritesheet. This is the one place where generated frames become files;
 * each file is written to a temporary name and renamed, so a reader never sees half a file.
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
    return keysDir == null ? null : new C2paWriter(ProvenanceKeys.loadOrCreate(keysDir), "Zoetrope", "0.1.0");
  }

  /** Writes every variant of video {@code id}. */
  public void write(String id, Video video) {
    if (video.frameCount() < 1) throw new IllegalArgumentException("the generator returned no frame");
    try {
      Files.createDirectories(files.resultDir(id));
      writeVideo(id, video);
      writeAtomically(files.file(id, Variant.THUMBNAIL), tmp -> writeJpeg(thumbnail(video), tmp));
      writeAtomically(files.file(id, Variant.SPRITESHEET), tmp -> writeJpeg(spritesheet(video), tmp));
    } catch (IOException e) {
      throw new UncheckedIOException("writing the results of " + id, e);
    }
  }

  /** The MP4, signed when credentials are configured; both steps write a temporary file and rename. */
  private void writeVideo(String id, Video video) throws IOException {
    Path target = files.file(id, Variant.VIDEO);
    if (credentials == null) {
      Mp4Writer.write(video, target);
      return;
    }
    Path unsigned = target.resolveSibling(".unsigned." + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".mp4");
    try {
      Mp4Writer.write(video, unsigned);
      credentials.sign(unsigned, target, id);
    } finally {
      Files.deleteIfExists(unsigned);
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
    if (!ImageIO.write(image, "jpg", target.toFile())) throw new IOException("no JPEG writer in this JDK");
  }

  private static void writeAtomically(Path target, FileWork work) throws IOException {
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
        + "." + Thread.currentThread().getId() + ".tmp");
    try {
      work.write(tmp);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  @FunctionalInterface
  private interface FileWork {
    void write(Path tmp) throws IOException;
  }
}
