package dev.zoetrope.safety.watermark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The 64 bits a watermark carries: 16 bits identifying the model (a hash of its id) and 48 bits
 * identifying the job (a hash of its id), so a detected video can be traced to the request that made
 * it without storing anything readable in the pixels.
 */
public record Payload(long bits) {
  public static final int BITS = 64;

  public static Payload of(String modelId, String jobId) {
    if (modelId == null || modelId.isBlank()) throw new IllegalArgumentException("model id is required");
    if (jobId == null || jobId.isBlank()) throw new IllegalArgumentException("job id is required");
    return new Payload((modelTag(modelId) << 48) | (hash(jobId) >>> 16));
  }

  /** Parses the 16 hex digits {@link #hex()} prints. */
  public static Payload parse(String hex) {
    if (hex.length() != 16) throw new IllegalArgumentException("payload must be 16 hex digits, got " + hex);
    return new Payload(HexFormat.fromHexDigitsToLong(hex));
  }

  public String hex() {
    return HexFormat.of().toHexDigits(bits);
  }

  public int modelTag() {
    return (int) (bits >>> 48);
  }

  public long jobTag() {
    return bits & 0xffff_ffff_ffffL;
  }

  /** Whether this payload was made for {@code modelId} (16-bit tag: 1 in 65536 collide). */
  public boolean fromModel(String modelId) {
    return modelTag() == modelTag(modelId);
  }

  /** Whether this payload was made for this model and job. */
  public boolean matches(String modelId, String jobId) {
    return equals(of(modelId, jobId));
  }

  boolean[] toBits() {
    boolean[] out = new boolean[BITS];
    for (int i = 0; i < BITS; i++) out[i] = ((bits >>> (BITS - 1 - i)) & 1) == 1;
    return out;
  }

  static Payload fromBits(boolean[] in) {
    long value = 0;
    for (int i = 0; i < BITS; i++) value = (value << 1) | (in[i] ? 1 : 0);
    return new Payload(value);
  }

  private static long modelTag(String modelId) {
    return hash(modelId) >>> 48;
  }

  private static long hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) value = (value << 8) | (digest[i] & 0xff);
      return value;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return hex();
  }
}
