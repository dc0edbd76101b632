package dev.zoetrope.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.server.ApiError;
import dev.zoetrope.server.service.Upload;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The fields of a request body, whichever way it came: JSON, multipart/form-data (with files) or
 * an urlencoded form. Numbers and strings are both read as text; the service validates values.
 */
final class RequestFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Context ctx;
  private final JsonNode json; // null for form bodies
  private final long maxUploadBytes;

  private RequestFields(Context ctx, JsonNode json, long maxUploadBytes) {
    this.ctx = ctx;
    this.json = json;
    this.maxUploadBytes = maxUploadBytes;
  }

  static RequestFields of(Context ctx, long maxUploadBytes) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json")) return new RequestFields(ctx, parseJson(ctx), maxUploadBytes);
    if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
      return new RequestFields(ctx, null, maxUploadBytes);
    }
    throw new ApiError(ApiError.Kind.UNSUPPORTED_MEDIA_TYPE, null, "unsupported_media_type",
        "Unsupported Content-Type '" + (type.isEmpty() ? "(none)" : type)
            + "': send application/json or multipart/form-data.");
  }

  /** A text field; JSON numbers and booleans come back as their text. */
  String text(String name) {
    if (json != null) {
      JsonNode node = json.get(name);
      if (node == null || node.isNull()) return null;
      if (node.isValueNode()) return node.asText();
      throw ApiError.invalid(name, "invalid_type", "'" + name + "' must be a string.");
    }
    return guarded(() -> ctx.formParam(name));
  }

  /**
   * A reference to a video by id: {"video": {"id": "video_…"}} or "video": "video_…" in JSON,
   * "video[id]" or "video_id" in a form.
   */
  String videoReference(String name) {
    if (json != null) {
      JsonNode node = json.get(name);
      if (node == null || node.isNull()) return null;
      if (node.isTextual()) return node.asText();
      if (node.isObject() && node.get("id") != null && node.get("id").isTextual()) return node.get("id").asText();
      throw ApiError.invalid(name, "invalid_type", "'" + name + "' must be {\"id\": \"video_…\"}.");
    }
    String id = guarded(() -> ctx.formParam(name + "[id]"));
    if (id == null) id = guarded(() -> ctx.formParam(name + "_id"));
    if (id == null && upload(name) == null) id = guarded(() -> ctx.formParam(name));
    return id;
  }

  /** For JSON's {"input_reference": {"image_url": "data:…"}}; null otherwise. */
  String imageUrl(String name) {
    if (json == null) return null;
    JsonNode node = json.get(name);
    if (node == null || node.isNull()) return null;
    if (node.isTextual()) return node.asText();
    if (node.isObject() && node.get("image_url") != null) return node.get("image_url").asText();
    if (node.isObject() && node.get("file_id") != null) {
      throw ApiError.invalid(name, "unsupported_value", "'" + name + ".file_id' is not supported: send the image itself.");
    }
    throw ApiError.invalid(name, "invalid_type", "'" + name + "' must be {\"image_url\": \"data:…\"} or an uploaded file.");
  }

  /** An uploaded file of a multipart body, read whole (bounded by the upload limit). */
  Upload upload(String name) {
    if (json != null || !ctx.isMultipartFormData()) return null;
    UploadedFile file = guarded(() -> ctx.uploadedFile(name));
    if (file == null) return null;
    if (file.size() > maxUploadBytes) {
      throw ApiError.tooLarge(name, "The '" + name + "' file is " + file.size() + " bytes; the limit is " + maxUploadBytes + ".");
    }
    try (InputStream in = file.content()) {
      return new Upload(name, file.filename(), file.contentType(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("reading the upload '" + name + "'", e);
    }
  }

  private static JsonNode parseJson(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) return JSON.createObjectNode();
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) throw ApiError.invalid(null, "invalid_json", "The request body must be a JSON object.");
      return node;
    } catch (JsonProcessingException e) {
      throw ApiError.invalid(null, "invalid_json", "The request body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Jetty parses multipart bodies lazily and reports a too-large or malformed body as a
   * ServletException (thrown through Kotlin without a declaration) or a runtime exception; turn
   * those into client errors, 413 when any cause mentions a size limit.
   */
  private static <T> T guarded(java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (ApiError e) {
      throw e;
    } catch (Exception e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("exceed") || message.contains("too large") || message.contains("max")) {
          throw ApiError.tooLarge(null, "The request body is too large.");
        }
      }
      throw ApiError.invalid(null, "invalid_body", "The request body could not be parsed as multipart/form-data.");
    }
  }
}
