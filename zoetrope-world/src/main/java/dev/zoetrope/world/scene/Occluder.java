package dev.zoetrope.world.scene;

import java.util.Objects;

/** A vertical occluder centred at normalised x, with a normalised width; it spans the full height. */
public record Occluder(OccluderKind kind, double x, double width) {
  public Occluder {
    Objects.requireNonNull(kind, "kind");
    if (width <= 0 || width > 0.5) throw new IllegalArgumentException("occluder width " + width);
  }
}
