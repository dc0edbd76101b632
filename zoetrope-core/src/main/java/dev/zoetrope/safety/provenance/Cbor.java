package dev.zoetrope.safety.provenance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The subset of CBOR (RFC 8949) that C2PA claims, assertions and COSE signatures use: unsigned and
 * negative integers, byte and text strings, arrays, maps, tags, booleans and null. Maps keep their
 * insertion order, so the bytes we sign are exactly the bytes we wrote. Decoding returns
 * {@link Long}, {@code byte[]}, {@link String}, {@link List}, {@link Map}, {@link Tagged},
 * {@link Boolean} or {@code null}.
 */
public final class Cbor {
  /** A tagged item, e.g. tag 18 for COSE_Sign1. */
  public record Tagged(long tag, Object value) {}

  private Cbor() {}

  public static byte[] encode(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, value);
    return out.toByteArray();
  }

  /** Decodes one item that must span all of {@code bytes}. */
  public static Object decode(byte[] bytes) {
    Decoder decoder = new Decoder(bytes);
    Object value = decoder.read(0);
    if (decoder.position != bytes.length) {
      throw new IllegalArgumentException("trailing bytes after CBOR item at " + decoder.position);
    }
    return value;
  }

  /** A map with text keys, built in order: {@code map("a", 1, "b", 2)}. */
  public static Map<Object, Object> map(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("odd key/value count");
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) map.put(keysAndValues[i], keysAndValues[i + 1]);
    return map;
  }

  private static void write(ByteArrayOutputStream out, Object value) {
    if (value == null) {
      out.write(0xf6);
    } else if (value instanceof Boolean bool) {
      out.write(bool ? 0xf5 : 0xf4);
    } else if (value instanceof Integer || value instanceof Long) {
      long number = ((Number) value).longValue();
      if (number >= 0) head(out, 0, number);
      else head(out, 1, -1 - number);
    } else if (value instanceof byte[] bytes) {
      head(out, 2, bytes.length);
      out.writeBytes(bytes);
    } else if (value instanceof String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      head(out, 3, utf8.length);
      out.writeBytes(utf8);
    } else if (value instanceof List<?> list) {
      head(out, 4, list.size());
      for (Object item : list) write(out, item);
    } else if (value instanceof Map<?, ?> map) {
      head(out, 5, map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        write(out, entry.getKey());
        write(out, entry.getValue());
      }
    } else if (value instanceof Tagged tagged) {
      head(out, 6, tagged.tag());
      write(out, tagged.value());
    } else {
      throw new IllegalArgumentException("cannot encode " + value.getClass().getName() + " as CBOR");
    }
  }

  /** Major type and argument in the shortest form (deterministic encoding, RFC 8949 §4.2). */
  private static void head(ByteArrayOutputStream out, int major, long argument) {
    int type = major << 5;
    if (argument < 24) {
      out.write(type | (int) argument);
    } else if (argument < 0x100) {
      out.write(type | 24);
      out.write((int) argument);
    } else if (argument < 0x10000) {
      out.write(type | 25);
      bigEndian(out, argument, 2);
    } else if (argument < 0x100000000L) {
      out.write(type | 26);
      bigEndian(out, argument, 4);
    } else {
      out.write(type | 27);
      bigEndian(out, argument, 8);
    }
  }

  private static void bigEndian(ByteArrayOutputStream out, long value, int bytes) {
    for (int i = bytes - 1; i >= 0; i--) out.write((int) (value >>> (8 * i)) & 0xff);
  }

  private static final class Decoder {
    private static final int MAX_DEPTH = 64;
    private final byte[] bytes;
    private int position;

    Decoder(byte[] bytes) {
      this.bytes = bytes;
    }

    Object read(int depth) {
      if (depth > MAX_DEPTH) throw new IllegalArgumentException("CBOR nested too deeply");
      int initial = next();
      int major = initial >>> 5;
      int info = initial & 0x1f;
      if (major == 7) return simple(info);
      long argument = argument(info);
      return switch (major) {
        case 0 -> argument;
        case 1 -> -1 - argument;
        case 2 -> take(argument);
        case 3 -> new String(take(argument), StandardCharsets.UTF_8);
        case 4 -> {
          List<Object> list = new ArrayList<>();
          for (long i = 0; i < argument; i++) list.add(read(depth + 1));
          yield list;
        }
        case 5 -> {
          Map<Object, Object> map = new LinkedHashMap<>();
          for (long i = 0; i < argument; i++) map.put(read(depth + 1), read(depth + 1));
          yield map;
        }
        default -> new Tagged(argument, read(depth + 1));
      };
    }

    private Object simple(int info) {
      return switch (info) {
        case 20 -> Boolean.FALSE;
        case 21 -> Boolean.TRUE;
        case 22, 23 -> null;
        case 25 -> halfToDouble((int) argument(25));
        case 26 -> (double) Float.intBitsToFloat((int) argument(26));
        case 27 -> Double.longBitsToDouble(argument(27));
        default -> throw new IllegalArgumentException("unsupported CBOR simple value " + info);
      };
    }

    /** IEEE 754 half precision (RFC 8949 Appendix D). */
    private static double halfToDouble(int half) {
      int exponent = (half >> 10) & 0x1f;
      int mantissa = half & 0x3ff;
      double value;
      if (exponent == 0) value = mantissa * Math.pow(2, -24);
      else if (exponent != 31) value = (mantissa + 1024) * Math.pow(2, exponent - 25);
      else value = mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
      return (half & 0x8000) != 0 ? -value : value;
    }

    private long argument(int info) {
      if (info < 24) return info;
      int size = switch (info) {
        case 24 -> 1;
        case 25 -> 2;
        case 26 -> 4;
        case 27 -> 8;
        default -> throw new IllegalArgumentException("indefinite or reserved CBOR length " + info);
      };
      long value = 0;
      for (int i = 0; i < size; i++) value = (value << 8) | next();
      if (value < 0) throw new IllegalArgumentException("CBOR argument too large");
      return value;
    }

    private byte[] take(long length) {
      if (length > bytes.length - position) throw new IllegalArgumentException("CBOR string past end");
      byte[] slice = java.util.Arrays.copyOfRange(bytes, position, position + (int) length);
      position += (int) length;
      return slice;
    }

    private int next() {
      if (position >= bytes.length) throw new IllegalArgumentException("CBOR truncated");
      return bytes[position++] & 0xff;
    }
  }
}
