package dev.zoetrope.safety.provenance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CborTest {
  @Test
  void encodesRfc8949Examples() {
    HexFormat hex = HexFormat.of();
    assertEquals("17", hex.formatHex(Cbor.encode(23)));
    assertEquals("1818", hex.formatHex(Cbor.encode(24)));
    assertEquals("1903e8", hex.formatHex(Cbor.encode(1000)));
    assertEquals("1a000f4240", hex.formatHex(Cbor.encode(1000000)));
    assertEquals("3863", hex.formatHex(Cbor.encode(-100)));
    assertEquals("6449455446", hex.formatHex(Cbor.encode("IETF")));
    assertEquals("4401020304", hex.formatHex(Cbor.encode(new byte[] {1, 2, 3, 4})));
    assertEquals("a201020304", hex.formatHex(Cbor.encode(Cbor.map(1, 2, 3, 4))));
    assertEquals("83010203", hex.formatHex(Cbor.encode(List.of(1, 2, 3))));
    assertEquals("d24101", hex.formatHex(Cbor.encode(new Cbor.Tagged(18, new byte[] {1}))));
    assertEquals("f6", hex.formatHex(Cbor.encode(null)));
  }

  @Test
  void decodesWhatItEncodes() {
    Map<Object, Object> value = Cbor.map(
        "text", "grüße", "bytes", new byte[] {9, 8}, "list", Arrays.asList(1L, -7L, null, true),
        "big", 5_000_000_000L, "tag", new Cbor.Tagged(18, List.of()));
    Map<?, ?> decoded = (Map<?, ?>) Cbor.decode(Cbor.encode(value));
    assertEquals("grüße", decoded.get("text"));
    assertArrayEquals(new byte[] {9, 8}, (byte[]) decoded.get("bytes"));
    assertEquals(Arrays.asList(1L, -7L, null, true), decoded.get("list"));
    assertEquals(5_000_000_000L, decoded.get("big"));
    assertEquals(new Cbor.Tagged(18, List.of()), decoded.get("tag"));
  }

  @Test
  void rejectsTruncatedInput() {
    byte[] bytes = Cbor.encode("hello");
    assertThrows(IllegalArgumentException.class, () -> Cbor.decode(Arrays.copyOf(bytes, 3)));
  }
}
