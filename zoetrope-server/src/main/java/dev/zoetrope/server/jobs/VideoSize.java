package dev.zoetrope.server.jobs;

/** Output width and height in pixels, written "WIDTHxHEIGHT" as in the OpenAI API. */
public record VideoSize(int width, int height) {
  public VideoSize {
    if (width <= 0 || height <= 0) throw new IllegalArgumentException("size " + width + "x" + height);
  }

  /** Parses "256x144"; returns null for anything else, so callers can name the bad parameter. */
  public static VideoSize parseOrNull(String text) {
    if (text == null || !text.matches("[1-9][0-9]{0,4}x[1-9][0-9]{0,4}")) return null;
    int x = text.indexOf('x');
    return new VideoSize(Integer.parseInt(text.substring(0, x)), Integer.parseInt(text.substring(x + 1)));
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
