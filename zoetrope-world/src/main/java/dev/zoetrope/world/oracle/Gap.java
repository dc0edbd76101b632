package dev.zoetrope.world.oracle;

/** Frames in which a tracked object was not seen: from {@code lastSeen} + 1 to {@code seenAgain} - 1. */
public record Gap(int lastSeen, int seenAgain) {
  public Gap {
    if (seenAgain <= lastSeen + 1) throw new IllegalArgumentException("a gap spans at least one frame");
  }

  public int frames() {
    return seenAgain - lastSeen - 1;
  }
}
