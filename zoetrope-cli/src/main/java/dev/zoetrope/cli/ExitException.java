package dev.zoetrope.cli;

/** A command's deliberate failure with a specific exit code (e.g. 3 for a moderation block). */
public final class ExitException extends RuntimeException {
  private final int code;

  public ExitException(int code, String message) {
    super(message);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
