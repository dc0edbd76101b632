package dev.zoetrope.generate;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which windows of a chain hand their given frames over noised: only those whose given frames the
 * chain made itself. The sampler here records each window and returns blank frames; the frame
 * arithmetic is the chain's own.
 */
class WindowChainTest {
  static final int TAU = 4;

  /** Records every window the chain asks for and answers with {@code count} blank frames. */
  static final class Recorder implements WindowChain.Sampler {
    final List<WindowSampler.Window> windows = new ArrayList<>();

    @Override
    public List<byte[]> sample(WindowSampler.Window window, long seed, ProgressListener progress) {
      windows.add(window);
      List<byte[]> frames = new ArrayList<>();
      for (int i = 0; i < window.count(); i++) frames.add(new byte[3]);
      return frames;
    }

    List<Double> levels() {
      return windows.stream().map(WindowSampler.Window::contextNoise).toList();
    }
  }

  static List<byte[]> frames(int count) {
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) frames.add(new byte[] {(byte) i, 0, 0});
    return frames;
  }

  @Test
  void aLongTextVideoHandsItsOwnFramesOnNoised() {
    Recorder recorder = new Recorder();
    List<byte[]> made = new WindowChain(TAU, 9, 2, recorder, 1, 0.15).forward(List.of(), 100, List.of(), null, 1.0, ProgressListener.NONE);
    assertEquals(100, made.size());
    assertTrue(recorder.windows.size() >= 4, "several windows: " + recorder.windows.size());
    assertTrue(recorder.windows.get(0).prefix().isEmpty());
    for (int i = 1; i < recorder.windows.size(); i++) {
      assertEquals(5, recorder.windows.get(i).prefix().size(), "two latent frames of context");
      assertEquals(0.15, recorder.levels().get(i), "window " + i + " is given frames the chain made");
    }
  }

  @Test
  void framesTheCallerGaveAreHandedOverClean() {
    Recorder extend = new Recorder();
    new WindowChain(TAU, 9, 2, extend, 1, 0.15).forward(frames(17), 60, List.of(), null, 1.0, ProgressListener.NONE);
    assertEquals(0.0, extend.levels().get(0), "the first window continues the caller's video");
    assertEquals(0.15, extend.levels().get(1));

    Recorder connect = new Recorder();
    new WindowChain(TAU, 9, 2, connect, 1, 0.15).forward(frames(17), 8, frames(17).subList(0, 8), null, 1.0, ProgressListener.NONE);
    assertEquals(List.of(0.0), connect.levels(), "a window that leads into the caller's second video");

    Recorder backward = new Recorder();
    new WindowChain(TAU, 9, 2, backward, 1, 0.15).backward(frames(17), 60, ProgressListener.NONE);
    assertEquals(0.0, backward.levels().get(0), "the first window leads into the caller's video");
    assertEquals(0.15, backward.levels().get(1));

    Recorder clean = new Recorder();
    new WindowChain(TAU, 9, 2, clean, 1, 0).forward(List.of(), 100, List.of(), null, 1.0, ProgressListener.NONE);
    assertTrue(clean.levels().stream().allMatch(level -> level == 0), "a chain without context noise hands everything over clean");
  }
}
