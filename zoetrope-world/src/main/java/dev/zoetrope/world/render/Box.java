package dev.zoetrope.world.render;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** An integer pixel rectangle: columns {@code [x0, x1)} and rows {@code [y0, y1)}. */
public record Box(int x0, int y0, int x1, int y1) {
  public Box {
    if (x1 < x0 || y1 < y0) throw new IllegalArgumentException("box " + x0 + "," + y0 + " " + x1 + "," + y1);
  }

  public int width() {
    return x1 - x0;
  }

  public int height() {
    return y1 - y0;
  }

  @JsonIgnore
  public boolean isEmpty() {
    return x1 == x0 || y1 == y0;
  }

  public boolean contains(int x, int y) {
    return x >= x0 && x < x1 && y >= y0 && y < y1;
  }

  /** This box clipped to a {@code width × height} frame. */
  public Box clip(int width, int height) {
    int a = Math.max(0, Math.min(width, x0));
    int b = Math.max(0, Math.min(height, y0));
    return new Box(a, b, Math.max(a, Math.min(width, x1)), Math.max(b, Math.min(height, y1)));
  }
}
