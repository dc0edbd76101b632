package dev.zoetrope.server.api;

import dev.zoetrope.server.jobs.VideoSize;
import dev.zoetrope.server.service.VideoOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the studio page needs to draw its form; public, it holds no secret. */
final class StudioConfig {
  private StudioConfig() {}

  static Map<String, Object> of(VideoOptions options, boolean authRequired) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("sizes", options.sizes().stream().map(VideoSize::toString).toList());
    config.put("default_size", options.defaultSize().toString());
    config.put("max_seconds", options.maxSeconds());
    config.put("default_seconds", options.defaultSeconds());
    config.put("auth_required", authRequired);
    return config;
  }
}
