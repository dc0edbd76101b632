package dev.zoetrope.server.service;

import dev.zoetrope.server.ApiError;
import dev.zoetrope.server.media.MediaReader;
import dev.zoetrope.server.media.ResultFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Checks uploaded inputs while the client is still waiting (a corrupt file is the client's 400,
 * not a failed job later) and keeps them under the data directory for the worker.
 */
final class InputStore {
  private static final int MAX_VIDEO_FRAMES = 2000;

  private final ResultFiles files;
  private final long maxUploadBytes;

  InputStore(ResultFiles files, long maxUploadBytes) {
    this.files = files;
    this.maxUploadBytes = maxUploadBytes;
  }

  /** Decodes a reference image and stores it as PNG; returns its path relative to the data dir. */
  String saveImage(String jobId, String param, byte[] bytes) {
    checkSize(param, bytes);
    BufferedImage image;
    try {
      image = MediaReader.readImage(bytes);
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid(param, "invalid_image", "Invalid '" + param + "': " + e.getMessage() + ".");
    }
    if (image.getWidth() > 8192 || image.getHeight() > 8192) {
      throw ApiError.invalid(param, "invalid_image", "Invalid '" + param + "': images larger than 8192x8192 are refused.");
    }
    Path target = files.inputDir(jobId).resolve("reference.png");
    writeAtomically(target, tmp -> ImageIO.write(image, "png", tmp.toFile()));
    return files.relativize(target);
  }

  /** Stores an uploaded video after checking FFmpeg decodes it; returns its frame count and path. */
  SavedVideo saveVideo(String jobId, String param, byte[] bytes) {
    checkSize(param, bytes);
    Path target = files.inputDir(jobId).resolve("input.video");
    writeAtomically(target, tmp -> Files.write(tmp, bytes));
    try {
      var video = MediaReader.readVideo(target, 16, 16, MAX_VIDEO_FRAMES);
      return new SavedVideo(files.relativize(target), video.frameCount(), video.fps());
    } catch (IllegalArgumentException e) {
      deleteQuietly(target);
      throw ApiError.invalid(param, "invalid_video", "Invalid '" + param + "': " + e.getMessage() + ".");
    }
  }

  /** A data: URL's bytes ("data:image/png;base64,…"); remote URLs are not fetched. */
  static byte[] decodeDataUrl(String param, String url) {
    if (!url.startsWith("data:")) {
      throw ApiError.invalid(param, "unsupported_value", "Invalid '" + param
          + "': only data: URLs are accepted (this server does not fetch remote files); upload the file instead.");
    }
    int comma = url.indexOf(',');
    if (comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
      throw ApiError.invalid(param, "invalid_value", "Invalid '" + param + "': expected data:<type>;base64,<data>.");
    }
    try {
      return Base64.getDecoder().decode(url.substring(comma + 1).trim());
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid(param, "invalid_value", "Invalid '" + param + "': the base64 data is corrupt.");
    }
  }

  record SavedVideo(String relativePath, int frames, double fps) {}

  private void checkSize(String param, byte[] bytes) {
    if (bytes.length == 0) throw ApiError.invalid(param, "empty_file", "The '" + param + "' file is empty.");
    if (bytes.length > maxUploadBytes) {
      throw ApiError.tooLarge(param, "The '" + param + "' file is " + bytes.length + " bytes; the limit is " + maxUploadBytes + ".");
    }
  }

  private static void writeAtomically(Path target, FileWork work) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
      work.write(tmp);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("storing an upload at " + target, e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // the job is refused either way; a leftover input is harmless
    }
  }

  @FunctionalInterface
  private interface FileWork {
    void write(Path tmp) throws IOException;
  }
}
