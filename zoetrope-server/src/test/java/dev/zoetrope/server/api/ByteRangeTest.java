package dev.zoetrope.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
  @Test
  void parsesTheThreeForms() throws Exception {
    assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=0-99", 1000));
    assertEquals(new ByteRange(500, 999), ByteRange.parse("bytes=500-", 1000));
    assertEquals(new ByteRange(900, 999), ByteRange.parse("bytes=-100", 1000));
    assertEquals(new ByteRange(0, 999), ByteRange.parse("bytes=-5000", 1000), "suffix longer than the file");
    assertEquals(new ByteRange(990, 999), ByteRange.parse("bytes=990-5000", 1000), "end clamped");
    assertEquals(new ByteRange(0, 0), ByteRange.parse("bytes=0-0, 5-9", 1000), "first of several ranges");
  }

  @Test
  void ignoresMalformedAndRefusesUnsatisfiable() {
    assertNull(assertDoesNotThrow("items=0-1"));
    assertNull(assertDoesNotThrow("bytes=a-b"));
    assertNull(assertDoesNotThrow("bytes=9-3"));
    assertNull(assertDoesNotThrow(null));
    assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=1000-", 1000));
    assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=-0", 1000));
  }

  private static ByteRange assertDoesNotThrow(String header) {
    try {
      return ByteRange.parse(header, 1000);
    } catch (ByteRange.Unsatisfiable e) {
      throw new AssertionError(header, e);
    }
  }
}
