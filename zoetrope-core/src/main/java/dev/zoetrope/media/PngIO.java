package dev.zoetrope.media;

import dev.zoetrope.world.video.Video;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Single frames as PNG (and reading any image format ImageIO knows: PNG, JPEG, BMP, GIF). */
public final class PngIO {
  private PngIO() {}

  /** Writes interleaved RGB as a PNG, through a temporary file. */
  public static void write(byte[] rgb, int width, int height, Path target) throws IOException {
    if (rgb.length != width * height * 3) {
      throw new IllegalArgumentException("expected " + width * height * 3 + " bytes for " + width + "x" + height + ", got " + rgb.length);
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int i = 0; i < rgb.length; i += 3) {
      bgr[i] = rgb[i + 2];
      bgr[i + 1] = rgb[i + 1];
      bgr[i + 2] = rgb[i];
    }
    Path temporary = AtomicFiles.temporarySibling(target);
    try {
      if (!ImageIO.write(image, "png", temporary.toFile())) throw new IOException("no PNG writer available");
      AtomicFiles.commit(temporary, target);
    } catch (IOException | RuntimeException e) {
      AtomicFiles.discard(temporary);
      throw e;
    }
  }

  /** Writes frame {@code index} of a video. */
  public static void write(Video video, int index, Path target) throws IOException {
    write(video.frame(index), video.width(), video.height(), target);
  }

  /** Reads an image as a one-frame video (the frame rate is nominal: 1). */
  public static Video read(Path path) throws IOException {
    if (Files.isDirectory(path)) throw new IOException(path + " is a folder, not an image file");
    if (!Files.isRegularFile(path)) throw new NoSuchFileException(path.toString(), null, "no such image file");
    BufferedImage image = ImageIO.read(path.toFile());
    if (image == null) throw new IOException("cannot read image " + path + ": not a PNG, JPEG, BMP or GIF");
    int width = image.getWidth(), height = image.getHeight();
    int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
    byte[] rgb = new byte[width * height * 3];
    for (int i = 0; i < argb.length; i++) {
      rgb[i * 3] = (byte) (argb[i] >> 16);
      rgb[i * 3 + 1] = (byte) (argb[i] >> 8);
      rgb[i * 3 + 2] = (byte) argb[i];
    }
    return new Video(width, height, 1, List.of(rgb));
  }
}
