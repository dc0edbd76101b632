package dev.zoetrope.server.api;

import dev.zoetrope.server.jobs.Job;
import dev.zoetrope.server.models.InstalledModel;
import dev.zoetrope.server.service.VideoService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON objects of the API, field for field as OpenAI's Videos API (DESIGN.md §6). */
final class VideoJson {
  private VideoJson() {}

  static Map<String, Object> video(Job job) {
    Map<String, Object> video = new LinkedHashMap<>();
    video.put("id", job.id());
    video.put("object", "video");
    video.put("model", job.model());
    video.put("status", job.status().wire());
    video.put("progress", job.progress());
    video.put("created_at", seconds(job.createdAt()));
    video.put("completed_at", job.completedAt() == null ? null : seconds(job.completedAt()));
    video.put("expires_at", job.expiresAt() == null ? null : seconds(job.expiresAt()));
    video.put("prompt", job.prompt());
    video.put("seconds", String.valueOf(job.seconds()));
    video.put("size", job.size().toString());
    video.put("remixed_from_video_id", job.remixedFrom());
    video.put("error", job.errorCode() == null ? null : Map.of("code", job.errorCode(),
        "message", job.errorMessage() == null ? "" : job.errorMessage()));
    return video;
  }

  static Map<String, Object> page(VideoService.Page page) {
    List<Map<String, Object>> data = page.videos().stream().map(VideoJson::video).toList();
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("object", "list");
    list.put("data", data);
    list.put("first_id", data.isEmpty() ? null : data.get(0).get("id"));
    list.put("last_id", data.isEmpty() ? null : data.get(data.size() - 1).get("id"));
    list.put("has_more", page.hasMore());
    return list;
  }

  static Map<String, Object> deleted(Job job) {
    Map<String, Object> deleted = new LinkedHashMap<>();
    deleted.put("id", job.id());
    deleted.put("object", "video.deleted");
    deleted.put("deleted", true);
    return deleted;
  }

  static Map<String, Object> models(List<InstalledModel> models) {
    List<Map<String, Object>> data = models.stream().map(model -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", model.id());
      entry.put("object", "model");
      entry.put("created", seconds(model.createdAt()));
      entry.put("owned_by", "zoetrope");
      return entry;
    }).toList();
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("object", "list");
    list.put("data", data);
    return list;
  }

  static Map<String, Object> error(String message, String type, String param, String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("type", type);
    body.put("param", param);
    body.put("code", code);
    return Map.of("error", body);
  }

  private static long seconds(long epochMillis) {
    return epochMillis / 1000;
  }
}
