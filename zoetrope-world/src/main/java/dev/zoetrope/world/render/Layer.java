package dev.zoetrope.world.render;

import dev.zoetrope.world.scene.Shape;

/** One object's visible coverage while a frame is drawn; later layers and the occluder hide it. */
final class Layer {
  private final Box box;
  private final float[] coverage;
  private final ObjectState state;
  private final double screenX;
  private final double screenY;
  private final double screenRadius;
  private final double fullArea;

  Layer(Box box, ObjectState state, double screenX, double screenY, double screenRadius, double fullArea) {
    this.box = box;
    this.coverage = new float[box.width() * box.height()];
    this.state = state;
    this.screenX = screenX;
    this.screenY = screenY;
    this.screenRadius = screenRadius;
    this.fullArea = fullArea;
  }

  void set(int x, int y, float c) {
    coverage[(y - box.y0()) * box.width() + x - box.x0()] = c;
  }

  /** Something of coverage {@code c} was drawn over pixel (x, y). */
  void hide(int x, int y, double c) {
    if (!box.contains(x, y)) return;
    int i = (y - box.y0()) * box.width() + x - box.x0();
    coverage[i] *= (float) (1 - c);
  }

  /** The occluder (full-frame coverage) was drawn over everything. */
  void hideBehind(float[] occluder, int frameWidth) {
    for (int y = box.y0(); y < box.y1(); y++) {
      int row = (y - box.y0()) * box.width() - box.x0();
      for (int x = box.x0(); x < box.x1(); x++) coverage[row + x] *= 1 - occluder[y * frameWidth + x];
    }
  }

  ObjectTruth truth(int index, Shape shape) {
    byte[] bytes = new byte[coverage.length];
    double sum = 0, sumX = 0, sumY = 0;
    int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
    for (int y = box.y0(); y < box.y1(); y++) {
      for (int x = box.x0(); x < box.x1(); x++) {
        int i = (y - box.y0()) * box.width() + x - box.x0();
        float c = coverage[i];
        if (c <= 0) continue;
        bytes[i] = (byte) Math.round(c * 255);
        sum += c;
        sumX += c * (x + 0.5);
        sumY += c * (y + 0.5);
        if (c >= 0.5f) {
          x0 = Math.min(x0, x);
          y0 = Math.min(y0, y);
          x1 = Math.max(x1, x + 1);
          y1 = Math.max(y1, y + 1);
        }
      }
    }
    Box visible = x1 == Integer.MIN_VALUE ? null : new Box(x0, y0, x1, y1);
    double fraction = fullArea <= 0 ? 0 : Math.min(1, sum / fullArea);
    return new ObjectTruth(
        index, shape, index, state.colour(), state.rgb(), screenX, screenY, screenRadius, state.angle(),
        visible, sum > 0 ? sumX / sum : Double.NaN, sum > 0 ? sumY / sum : Double.NaN, fraction,
        new Mask(box, bytes));
  }
}
