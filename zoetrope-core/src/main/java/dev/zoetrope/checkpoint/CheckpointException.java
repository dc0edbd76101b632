package dev.zoetrope.checkpoint;

/** A checkpoint that cannot be used; the message names the file and, where known, the tensor. */
public final class CheckpointException extends IllegalArgumentException {
  private final String file;
  private final String tensor;

  public CheckpointException(String file, String tensor, String problem) {
    super(file + (tensor == null ? "" : ": tensor '" + tensor + "'") + ": " + problem);
    this.file = file;
    this.tensor = tensor;
  }

  public String file() {
    return file;
  }

  public String tensor() {
    return tensor;
  }
}
