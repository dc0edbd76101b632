package dev.zoetrope.server.api;

import dev.zoetrope.server.media.Variant;
import dev.zoetrope.server.service.VideoService;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** GET /v1/videos/{id}/content: the file of a variant, whole or one byte range. */
final class ContentController {
  private final VideoService videos;

  ContentController(VideoService videos) {
    this.videos = videos;
  }

  void download(Context ctx) throws IOException {
    String variant = ctx.queryParam("variant");
    Path file = videos.content(Authenticator.caller(ctx), ctx.pathParam("id"), variant);
    long length = Files.size(file);
    ByteRange range;
    try {
      range = ByteRange.parse(ctx.header("Range"), length);
    } catch (ByteRange.Unsatisfiable e) {
      ctx.status(416).header("Content-Range", "bytes */" + length);
      return;
    }
    Variant kind = Variant.parseOrNull(variant == null ? "video" : variant);
    ctx.contentType(kind.contentType);
    ctx.header("Accept-Ranges", "bytes");
    ctx.header("Cache-Control", "private, max-age=3600");
    ByteRange sent = range == null ? new ByteRange(0, Math.max(0, length - 1)) : range;
    if (range != null) {
      ctx.status(206);
      ctx.header("Content-Range", "bytes " + range.start() + "-" + range.end() + "/" + length);
    }
    ctx.header("Content-Length", Long.toString(length == 0 ? 0 : sent.length()));
    if (length == 0 || ctx.method().name().equals("HEAD")) return;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      OutputStream out = ctx.res().getOutputStream();
      InputStream in = Channels.newInputStream(channel.position(sent.start()));
      copy(in, out, sent.length());
    }
  }

  private static void copy(InputStream in, OutputStream out, long count) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = count;
    while (left > 0) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) break;
      out.write(buffer, 0, read);
      left -= read;
    }
  }
}
