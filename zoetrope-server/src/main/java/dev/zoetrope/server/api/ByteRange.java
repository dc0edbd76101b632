package dev.zoetrope.server.api;

/**
 * One HTTP byte range (RFC 9110 §14.1.2) resolved against a file length: "bytes=0-99",
 * "bytes=100-" or the suffix form "bytes=-100". Several ranges are answered with the first only,
 * which clients accept.
 */
record ByteRange(long start, long end) {
  ByteRange {
    if (start < 0 || end < start) throw new IllegalArgumentException("range " + start + "-" + end);
  }

  long length() {
    return end - start + 1;
  }

  /** The range asked for, null when the header is absent or malformed (the whole file is sent). */
  static ByteRange parse(String header, long fileLength) throws Unsatisfiable {
    if (header == null || !header.startsWith("bytes=")) return null;
    String first = header.substring(6).split(",")[0].trim();
    int dash = first.indexOf('-');
    if (dash < 0) return null;
    String from = first.substring(0, dash).trim();
    String to = first.substring(dash + 1).trim();
    try {
      if (from.isEmpty()) {
        if (to.isEmpty()) return null;
        long suffix = Long.parseLong(to);
        if (suffix <= 0 || fileLength == 0) throw new Unsatisfiable(fileLength);
        return new ByteRange(Math.max(0, fileLength - suffix), fileLength - 1);
      }
      long start = Long.parseLong(from);
      long end = to.isEmpty() ? fileLength - 1 : Math.min(Long.parseLong(to), fileLength - 1);
      if (start >= fileLength) throw new Unsatisfiable(fileLength);
      if (end < start) return null;
      return new ByteRange(start, end);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A range that starts past the end of the file: answered with 416. */
  static final class Unsatisfiable extends Exception {
    final long fileLength;

    Unsatisfiable(long fileLength) {
      super("range not satisfiable", null, false, false);
      this.fileLength = fileLength;
    }
  }
}
