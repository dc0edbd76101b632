package dev.zoetrope.safety.watermark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PayloadTest {
  @Test
  void identifiesModelAndJob() {
    Payload payload = Payload.of("zoetrope-small", "video_123");
    assertTrue(payload.matches("zoetrope-small", "video_123"));
    assertTrue(payload.fromModel("zoetrope-small"));
    assertFalse(payload.matches("zoetrope-small", "video_124"));
    assertNotEquals(Payload.of("zoetrope-small", "video_124").jobTag(), payload.jobTag());
  }

  @Test
  void hexRoundTripsThroughBits() {
    Payload payload = Payload.of("m", "j");
    assertEquals(payload, Payload.parse(payload.hex()));
    assertEquals(payload, Payload.fromBits(payload.toBits()));
    assertEquals(16, payload.hex().length());
  }

  @Test
  void rejectsMissingIds() {
    assertThrows(IllegalArgumentException.class, () -> Payload.of("", "job"));
    assertThrows(IllegalArgumentException.class, () -> Payload.parse("abc"));
  }
}
