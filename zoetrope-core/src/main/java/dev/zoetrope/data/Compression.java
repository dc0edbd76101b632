package dev.zoetrope.data;

import com.github.luben.zstd.Zstd;
import java.io.IOException;

/** How each clip's bytes are stored in a shard. */
public enum Compression {
  /** Zstandard level 3: rendered clips shrink many times and decompress at GB/s. */
  ZSTD,
  /** Raw bytes, for the fastest reads when disk is plentiful. */
  NONE;

  byte[] compress(byte[] raw) {
    return this == NONE ? raw : Zstd.compress(raw, 3);
  }

  byte[] decompress(byte[] stored, int rawLength) throws IOException {
    if (this == NONE) {
      if (stored.length != rawLength) throw new IOException("clip has " + stored.length + " bytes, expected " + rawLength);
      return stored;
    }
    byte[] raw = new byte[rawLength];
    long n = Zstd.decompress(raw, stored);
    if (Zstd.isError(n) || n != rawLength) throw new IOException("corrupt zstd clip (" + (Zstd.isError(n) ? Zstd.getErrorName(n) : n + " bytes") + ")");
    return raw;
  }

  public static Compression parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("compression must be zstd or none, got '" + text + "'");
    }
  }
}
