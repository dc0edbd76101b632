package dev.zoetrope.server.service;

import java.util.Objects;

/** A file sent with a request, already read (uploads are small and size-limited by the server). */
public record Upload(String field, String fileName, String contentType, byte[] bytes) {
  public Upload {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(bytes, "bytes");
  }
}
