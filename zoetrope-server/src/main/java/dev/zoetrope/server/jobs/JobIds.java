package dev.zoetrope.server.jobs;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Video ids: "video_" and 32 hex digits. Anything else is rejected before it reaches a query or a
 * file path, which is what keeps "../" and other path tricks out of the data directory.
 */
public final class JobIds {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern VALID = Pattern.compile("video_[0-9a-f]{32}");

  private JobIds() {}

  public static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "video_" + HexFormat.of().formatHex(bytes);
  }

  public static boolean isValid(String id) {
    return id != null && VALID.matcher(id).matches();
  }
}
