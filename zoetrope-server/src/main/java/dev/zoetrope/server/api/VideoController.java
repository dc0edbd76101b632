package dev.zoetrope.server.api;

import dev.zoetrope.server.service.VideoRequests;
import dev.zoetrope.server.service.VideoService;
import io.javalin.http.Context;

/** The /v1/videos endpoints: read the request, call the service, write the JSON. Nothing else. */
final class VideoController {
  private final VideoService videos;
  private final long maxUploadBytes;

  VideoController(VideoService videos, long maxUploadBytes) {
    this.videos = videos;
    this.maxUploadBytes = maxUploadBytes;
  }

  void create(Context ctx) {
    RequestFields body = RequestFields.of(ctx, maxUploadBytes);
    var request = new VideoRequests.Create(body.text("prompt"), body.text("model"), body.text("seconds"),
        body.text("size"), body.upload("input_reference"), body.imageUrl("input_reference"));
    ctx.json(VideoJson.video(videos.create(Authenticator.caller(ctx), request)));
  }

  void retrieve(Context ctx) {
    ctx.json(VideoJson.video(videos.get(Authenticator.caller(ctx), ctx.pathParam("id"))));
  }

  void list(Context ctx) {
    var query = new VideoRequests.ListQuery(ctx.queryParam("after"), ctx.queryParam("limit"), ctx.queryParam("order"));
    ctx.json(VideoJson.page(videos.list(Authenticator.caller(ctx), query)));
  }

  void delete(Context ctx) {
    ctx.json(VideoJson.deleted(videos.delete(Authenticator.caller(ctx), ctx.pathParam("id"))));
  }

  void remix(Context ctx) {
    RequestFields body = RequestFields.of(ctx, maxUploadBytes);
    var request = new VideoRequests.Remix(ctx.pathParam("id"), body.text("prompt"), body.text("strength"));
    ctx.json(VideoJson.video(videos.remix(Authenticator.caller(ctx), request)));
  }

  void extend(Context ctx) {
    RequestFields body = RequestFields.of(ctx, maxUploadBytes);
    var request = new VideoRequests.Extend(body.videoReference("video"), body.text("prompt"), body.text("seconds"),
        body.text("direction"), body.videoReference("connect_to"));
    ctx.json(VideoJson.video(videos.extend(Authenticator.caller(ctx), request)));
  }

  void edit(Context ctx) {
    RequestFields body = RequestFields.of(ctx, maxUploadBytes);
    var request = new VideoRequests.Edit(body.videoReference("video"), body.upload("video"), body.text("prompt"),
        body.text("strength"), body.text("size"));
    ctx.json(VideoJson.video(videos.edit(Authenticator.caller(ctx), request)));
  }

  void models(Context ctx) {
    ctx.json(VideoJson.models(videos.models()));
  }
}
