package dev.zoetrope.server.api;

import dev.zoetrope.server.service.VideoService;
import io.javalin.Javalin;
import io.javalin.http.sse.SseHandler;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * Builds the HTTP application from its dependencies, so tests start it exactly as {@code serve}
 * does. Routes are listed here; controllers translate HTTP; ErrorMapper shapes every failure.
 */
public final class ApiApp {
  private ApiApp() {}

  public static Javalin create(VideoService videos, Authenticator authenticator, ProgressEvents events, long maxUploadBytes) {
    VideoController controller = new VideoController(videos, maxUploadBytes);
    ContentController content = new ContentController(videos);
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      // JSON bodies carry at most a prompt and a base64 image; multipart uploads are bounded per file.
      config.http.maxRequestSize = maxUploadBytes * 2;
      config.jetty.multipartConfig.maxFileSize(maxUploadBytes, io.javalin.config.SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(maxUploadBytes * 2, io.javalin.config.SizeUnit.BYTES);
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/studio";
        files.location = Location.CLASSPATH;
      });
      ErrorMapper.register(config);
      config.routes.before("/v1/*", authenticator::authenticate);
      config.routes.get("/healthz", ctx -> ctx.json(Map.of("status", "ok")));
      config.routes.get("/studio/config", ctx -> ctx.json(StudioConfig.of(videos.options(), authenticator.required())));
      config.routes.get("/v1/models", controller::models);
      config.routes.post("/v1/videos", controller::create);
      config.routes.get("/v1/videos", controller::list);
      config.routes.post("/v1/videos/extensions", controller::extend);
      config.routes.post("/v1/videos/edits", controller::edit);
      config.routes.get("/v1/videos/{id}", controller::retrieve);
      config.routes.delete("/v1/videos/{id}", controller::delete);
      config.routes.get("/v1/videos/{id}/content", content::download);
      config.routes.post("/v1/videos/{id}/remix", controller::remix);
      config.routes.get("/v1/videos/{id}/events", ctx -> {
        var caller = Authenticator.caller(ctx);
        var video = videos.get(caller, ctx.pathParam("id")); // 404 before the stream opens
        new SseHandler(0, client -> events.subscribe(client, video.id(), caller.owner())).handle(ctx);
      });
    });
  }
}
