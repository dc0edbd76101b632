package dev.zoetrope.server.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.zoetrope.server.ApiError;
import dev.zoetrope.server.jobs.FrameTiming;
import dev.zoetrope.server.jobs.VideoSize;
import org.junit.jupiter.api.Test;

class VideoOptionsTest {
  final VideoOptions options = VideoOptions.standard();

  @Test
  void acceptsOpenAiSecondsAndOurSizes() {
    assertEquals(4, options.seconds("4"));
    assertEquals(12, options.seconds(" 12 "));
    assertEquals(60, options.seconds("60"));
    assertEquals(4, options.seconds(null), "default");
    assertEquals(new VideoSize(224, 128), options.size("224x128"));
    assertEquals(new VideoSize(128, 128), options.size(""), "default");
  }

  @Test
  void refusalsNameTheParameterAndListWhatIsAllowed() {
    ApiError size = assertThrows(ApiError.class, () -> options.size("1280x720"));
    assertEquals("size", size.param());
    assertEquals(true, size.getMessage().contains("256x144"));
    assertEquals("seconds", assertThrows(ApiError.class, () -> options.seconds("4.5")).param());
    assertEquals("seconds", assertThrows(ApiError.class, () -> options.seconds("-1")).param());
    assertEquals("prompt", assertThrows(ApiError.class, () -> options.prompt(null)).param());
  }

  @Test
  void framesAreOnePlusAMultipleOfFour() {
    FrameTiming timing = new FrameTiming(8);
    assertEquals(9, timing.frames(1));
    assertEquals(33, timing.frames(4));
    assertEquals(481, timing.frames(60));
    assertEquals(5, new FrameTiming(2).frames(1), "at least one group of four after the first frame");
  }
}
