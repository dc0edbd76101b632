package dev.zoetrope.server.media;

import java.util.Locale;

/** The downloadable files of a finished video. */
public enum Variant {
  VIDEO("video.mp4", "video/mp4"),
  THUMBNAIL("thumbnail.jpg", "image/jpeg"),
  SPRITESHEET("spritesheet.jpg", "image/jpeg");

  public final String fileName;
  public final String contentType;

  Variant(String fileName, String contentType) {
    this.fileName = fileName;
    this.contentType = contentType;
  }

  /** "video", "thumbnail" or "spritesheet"; null for anything else. */
  public static Variant parseOrNull(String text) {
    for (Variant v : values()) if (v.name().toLowerCase(Locale.ROOT).equals(text)) return v;
    return null;
  }
}
