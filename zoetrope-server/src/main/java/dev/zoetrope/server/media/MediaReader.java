package dev.zoetrope.server.media;

import dev.zoetrope.media.VideoReader;
import dev.zoetrope.world.video.Video;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Reads inputs into frames of a requested size: uploaded images (PNG, JPEG, GIF, BMP) and videos
 * (anything FFmpeg decodes), and finished videos that are remixed, extended or connected.
 */
public final class MediaReader {
  private MediaReader() {}

  /** Decodes an image; throws {@link IllegalArgumentException} when the bytes are not one. */
  public static BufferedImage readImage(byte[] bytes) {
    BufferedImage image;
    try {
      image = ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("the file is not a readable image (" + e.getMessage() + ")");
    }
    if (image == null) throw new IllegalArgumentException("the file is not a PNG, JPEG, GIF or BMP image");
    return image;
  }

  /** An image as a one-frame video of {@code width x height}, cropped to keep its aspect ratio. */
  public static Video imageAsVideo(BufferedImage image, int width, int height, double fps) {
    byte[] rgb = Frames.rgbOf(image);
    return new Video(width, height, fps, List.of(Frames.coverResize(rgb, image.getWidth(), image.getHeight(), width, height)));
  }

  /**
   * Decodes up to {@code maxFrames} frames of a video file, resized to {@code width x height}
   * (0 keeps the file's own size). Throws {@link IllegalArgumentException} for a file FFmpeg
   * cannot decode or that holds no video frame.
   */
  public static Video readVideo(Path file, int width, int height, int maxFrames) {
    List<byte[]> frames = new ArrayList<>();
    int[] size = new int[2];
    VideoReader.Info info;
    try {
      info = VideoReader.stream(file, (stream, index, seconds, rgb) -> {
        size[0] = width > 0 ? width : stream.width();
        size[1] = height > 0 ? height : stream.height();
        frames.add(Frames.coverResize(rgb, stream.width(), stream.height(), size[0], size[1]));
        return frames.size() < maxFrames;
      });
    } catch (IOException e) {
      throw new IllegalArgumentException("the file is not a video FFmpeg can decode (" + e.getMessage() + ")");
    }
    if (frames.isEmpty()) throw new IllegalArgumentException("the video holds no decodable frame");
    return new Video(size[0], size[1], info.fps(), frames);
  }
}
