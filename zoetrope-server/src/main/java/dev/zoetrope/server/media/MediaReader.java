package dev.zoetrope.server.media;

import dev.zoetrope.world.video.Video;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

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
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
      grabber.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
      grabber.start();
      int sourceWidth = grabber.getImageWidth();
      int sourceHeight = grabber.getImageHeight();
      if (sourceWidth <= 0 || sourceHeight <= 0) throw new IllegalArgumentException("the file has no video stream");
      int outWidth = width > 0 ? width : sourceWidth;
      int outHeight = height > 0 ? height : sourceHeight;
      double fps = grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 8;
      List<byte[]> frames = new ArrayList<>();
      Frame frame;
      while (frames.size() < maxFrames && (frame = grabber.grabImage()) != null) {
        byte[] rgb = rgbOf(frame, sourceWidth, sourceHeight);
        frames.add(Frames.coverResize(rgb, sourceWidth, sourceHeight, outWidth, outHeight));
      }
      grabber.stop();
      if (frames.isEmpty()) throw new IllegalArgumentException("the video holds no decodable frame");
      return new Video(outWidth, outHeight, fps, frames);
    } catch (org.bytedeco.javacv.FrameGrabber.Exception e) {
      throw new IllegalArgumentException("the file is not a video FFmpeg can decode (" + e.getMessage() + ")");
    }
  }

  private static byte[] rgbOf(Frame frame, int width, int height) {
    ByteBuffer buffer = (ByteBuffer) frame.image[0];
    int rowBytes = width * 3;
    byte[] rgb = new byte[rowBytes * height];
    for (int y = 0; y < height; y++) buffer.get(y * frame.imageStride, rgb, y * rowBytes, rowBytes);
    return rgb;
  }
}
