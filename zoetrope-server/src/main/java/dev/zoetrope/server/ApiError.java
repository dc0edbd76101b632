package dev.zoetrope.server;

/**
 * A request the server refuses, with what the client needs to fix it. Thrown by services and
 * controllers; {@code api.ErrorMapper} turns it into the OpenAI error shape and an HTTP status.
 */
public final class ApiError extends RuntimeException {

  /** What went wrong, which fixes the HTTP status. */
  public enum Kind {
    INVALID_REQUEST(400),
    UNAUTHORIZED(401),
    NOT_FOUND(404),
    CONFLICT(409),
    TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429);

    public final int status;

    Kind(int status) {
      this.status = status;
    }
  }

  private final Kind kind;
  private final String param;
  private final String code;

  public ApiError(Kind kind, String param, String code, String message) {
    super(message);
    this.kind = kind;
    this.param = param;
    this.code = code;
  }

  public static ApiError invalid(String param, String code, String message) {
    return new ApiError(Kind.INVALID_REQUEST, param, code, message);
  }

  public static ApiError missing(String param) {
    return invalid(param, "missing_required_parameter", "Missing required parameter: '" + param + "'.");
  }

  public static ApiError notFound(String what, String id) {
    return new ApiError(Kind.NOT_FOUND, null, "not_found", "No " + what + " found with id '" + id + "'.");
  }

  public static ApiError unauthorized(String message) {
    return new ApiError(Kind.UNAUTHORIZED, null, "invalid_api_key", message);
  }

  public static ApiError conflict(String code, String message) {
    return new ApiError(Kind.CONFLICT, null, code, message);
  }

  public static ApiError rateLimited(String code, String message) {
    return new ApiError(Kind.RATE_LIMITED, null, code, message);
  }

  public static ApiError tooLarge(String param, String message) {
    return new ApiError(Kind.TOO_LARGE, param, "file_too_large", message);
  }

  public Kind kind() {
    return kind;
  }

  public String param() {
    return param;
  }

  public String code() {
    return code;
  }

  /** The OpenAI error type: quota errors are "rate_limit_error", the rest "invalid_request_error". */
  public String type() {
    return switch (kind) {
      case RATE_LIMITED -> "rate_limit_error";
      case UNAUTHORIZED -> "authentication_error";
      default -> "invalid_request_error";
    };
  }
}
