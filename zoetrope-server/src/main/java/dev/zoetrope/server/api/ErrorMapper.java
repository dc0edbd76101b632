package dev.zoetrope.server.api;

import dev.zoetrope.server.ApiError;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where failures become HTTP responses in the OpenAI error shape. */
final class ErrorMapper {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

  private ErrorMapper() {}

  static void register(JavalinConfig config) {
    config.routes.exception(ApiError.class, (e, ctx) -> respond(ctx, e.kind().status, e.getMessage(), e.type(), e.param(), e.code()));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), httpMessage(e),
        "invalid_request_error", null, httpCode(e.getStatus())));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      respond(ctx, 500, "The server had an error while processing your request.", "server_error", null, "internal_error");
    });
    config.routes.error(404, ctx -> {
      if (ctx.result() == null) {
        respond(ctx, 404, "Unknown request URL: " + ctx.method() + " " + ctx.path() + ".", "invalid_request_error", null, "unknown_url");
      }
    });
    config.routes.error(405, ctx -> respond(ctx, 405, "Method " + ctx.method() + " is not allowed on " + ctx.path() + ".",
        "invalid_request_error", null, "method_not_allowed"));
  }

  static void respond(Context ctx, int status, String message, String type, String param, String code) {
    ctx.status(status).json(VideoJson.error(message, type, param, code));
  }

  private static String httpMessage(HttpResponseException e) {
    return e.getStatus() == 413 ? "The request body is too large." : e.getMessage();
  }

  private static String httpCode(int status) {
    return switch (status) {
      case 413 -> "request_too_large";
      case 415 -> "unsupported_media_type";
      default -> "http_" + status;
    };
  }
}
