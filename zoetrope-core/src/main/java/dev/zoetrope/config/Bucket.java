package dev.zoetrope.config;

/** One batch shape: every sample in a batch has the same frames, height and width. */
public record Bucket(int frames, int height, int width) {
  public Bucket {
    if (frames < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException("bucket " + frames + "x" + height + "x" + width);
    }
  }

  /** Parses "FRAMESxHEIGHTxWIDTH" or "WxH@FRAMES"; e.g. "17x64x64". */
  public static Bucket parse(String text) {
    String[] parts = text.trim().toLowerCase().split("x");
    if (parts.length != 3) throw new IllegalArgumentException("bucket must be FRAMESxHEIGHTxWIDTH, got '" + text + "'");
    try {
      return new Bucket(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bucket must be FRAMESxHEIGHTxWIDTH, got '" + text + "'");
    }
  }

  public void check(ModelConfig model) {
    model.autoencoder().checkFrames(frames);
    model.autoencoder().checkSize(width, height, model.sizeMultiple());
  }

  @Override
  public String toString() {
    return frames + "x" + height + "x" + width;
  }
}
