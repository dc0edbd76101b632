package dev.zoetrope.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

/**
 * Keeps FFmpeg's own log lines off stderr, errors included: a failure surfaces as an exception whose
 * message names the file, while a line such as "[mov,mp4,…] moov atom not found" names neither the
 * file nor the job (a server decodes many at once) and only precedes that message.
 */
final class FFmpegLog {
  private static volatile boolean quiet;

  private FFmpegLog() {}

  static void quiet() {
    if (quiet) return;
    synchronized (FFmpegLog.class) {
      if (!quiet) {
        av_log_set_level(AV_LOG_FATAL);
        quiet = true;
      }
    }
  }
}
