package dev.zoetrope.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

/** Keeps FFmpeg's chatter off stderr; errors still surface as exceptions with their message. */
final class FFmpegLog {
  private static volatile boolean quiet;

  private FFmpegLog() {}

  static void quiet() {
    if (quiet) return;
    synchronized (FFmpegLog.class) {
      if (!quiet) {
        av_log_set_level(AV_LOG_ERROR);
        quiet = true;
      }
    }
  }
}
