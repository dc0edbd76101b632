package dev.zoetrope.checkpoint;

/** IEEE 754 binary16 <-> float conversion (round to nearest even), for fp16 weights on disk. */
final class HalfFloat {
  private HalfFloat() {}

  static short fromFloat(float value) {
    int bits = Float.floatToRawIntBits(value);
    int sign = (bits >>> 16) & 0x8000;
    int exponent = (bits >>> 23) & 0xFF;
    int mantissa = bits & 0x7FFFFF;
    if (exponent == 0xFF) return (short) (sign | 0x7C00 | (mantissa != 0 ? 0x200 : 0));
    int e = exponent - 127 + 15;
    if (e >= 0x1F) return (short) (sign | 0x7C00);
    if (e <= 0) {
      if (e < -10) return (short) sign;
      mantissa |= 0x800000;
      int shift = 14 - e;
      int half = mantissa >> shift;
      int rest = mantissa & ((1 << shift) - 1);
      int midpoint = 1 << (shift - 1);
      if (rest > midpoint || (rest == midpoint && (half & 1) != 0)) half++;
      return (short) (sign | half);
    }
    int half = (e << 10) | (mantissa >> 13);
    int rest = mantissa & 0x1FFF;
    if (rest > 0x1000 || (rest == 0x1000 && (half & 1) != 0)) half++;
    return (short) (sign | half);
  }

  static float toFloat(short value) {
    int h = value & 0xFFFF;
    int sign = (h & 0x8000) << 16;
    int exponent = (h >>> 10) & 0x1F;
    int mantissa = h & 0x3FF;
    if (exponent == 0) {
      if (mantissa == 0) return Float.intBitsToFloat(sign);
      float magnitude = mantissa * 0x1.0p-24f;
      return sign != 0 ? -magnitude : magnitude;
    }
    if (exponent == 0x1F) return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
    return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
  }
}
