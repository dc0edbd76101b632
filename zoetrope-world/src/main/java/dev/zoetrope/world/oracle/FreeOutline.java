package dev.zoetrope.world.oracle;

import dev.zoetrope.world.scene.Shape;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of a partly hidden blob's outline that is its own, and the template fit to it. A pixel
 * is hidden ground when it lies within two pixels of the occluder or of another blob, or within
 * three of the frame edge: whatever the blob does there may be cut. The outline is every blob
 * pixel away from hidden ground at the blob's edge. Regions the blob encloses (its holes), or
 * encloses together with hidden ground (an eye or a mouth that the cut opened to the side that is
 * hidden), are details unless they are as large as a ring's hole, so their rims are not outline;
 * whatever lies behind an edge that is not free is hidden, and the true centre lies towards it.
 */
final class FreeOutline {
  /** Fewer free outline pixels than this say too little about the shape. */
  static final int MIN_POINTS = 12;
  /**
   * An enclosed region of at least this many radius-squared is a ring's hole (0.61 r^2 in the
   * world); below it, an eye (0.14 r^2), a mouth or a highlight: details the templates do not draw.
   */
  static final double RING_HOLE = 0.3;
  private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

  private final int width;
  private final int height;

  FreeOutline(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /**
   * The template fit of a partly hidden blob, or null when its free outline is too short or no
   * template fits it well. {@code owner} holds blob ids per pixel (this blob's is {@code id}),
   * {@code occluder} the occluder's pixels (either may be null); {@code radius} is the
   * silhouette's estimate.
   */
  TemplateFit fit(Blob blob, ShapeFeatures features, int[] owner, int id, boolean[] occluder, double radius) {
    Box box = new Box(blob);
    boolean[] mine = new boolean[box.size()];
    for (int p : blob.pixels()) mine[box.index(p % width, p / width)] = true;
    boolean[] hidden = hiddenGround(box, owner, id, occluder);
    boolean[] open = open(box, mine, hidden);
    boolean[] details = details(box, features, mine, hidden, open, RING_HOLE * radius * radius);
    List<Double> outline = new ArrayList<>();
    double hiddenX = 0;
    double hiddenY = 0;
    int hiddenEdge = 0;
    for (int p : blob.pixels()) {
      int x = p % width;
      int y = p / width;
      int i = box.index(x, y);
      boolean edge = x == 0 || y == 0 || x == width - 1 || y == height - 1;
      for (int[] s : STEPS) {
        if (edge) break;
        int j = box.index(x + s[0], y + s[1]);
        edge = !mine[j] && !details[j];
      }
      if (!edge) continue;
      if (hidden[i]) {
        hiddenX += x + 0.5;
        hiddenY += y + 0.5;
        hiddenEdge++;
      } else {
        outline.add(x + 0.5);
        outline.add(y + 0.5);
      }
    }
    if (outline.size() / 2 < MIN_POINTS) return null;
    double[] points = outline.stream().mapToDouble(Double::doubleValue).toArray();
    double[] inside = inside(blob);
    List<Shape> shapes = shapes(features, owner, occluder);
    double cx = features.centroidX();
    double cy = features.centroidY();
    TemplateFit fit = TemplateFit.best(points, inside, shapes, cx, cy, radius);
    // The visible centroid lies away from the hidden part, the true centre towards it: when no
    // template fits from the centroid, start again halfway to the hidden side.
    if (!fit.good() && hiddenEdge > 0) {
      fit = TemplateFit.best(points, inside, shapes, (cx + hiddenX / hiddenEdge) / 2, (cy + hiddenY / hiddenEdge) / 2, radius);
    }
    return fit.good() ? fit : null;
  }

  /**
   * The templates that can explain a blob: a cut only opens holes, never makes them, so two holes
   * of the object's own (not another object or the occluder showing through) are a face.
   */
  private List<Shape> shapes(ShapeFeatures features, int[] owner, boolean[] occluder) {
    int own = 0;
    for (Hole hole : features.holes()) {
      int[] c = hole.coordinates();
      int covered = 0;
      for (int i = 0; i < c.length; i += 2) {
        int p = c[i + 1] * width + c[i];
        if ((owner != null && owner[p] != 0) || (occluder != null && occluder[p])) covered++;
      }
      if (2 * covered < hole.area()) own++;
    }
    return own >= 2 ? List.of(Shape.CREATURE) : List.of(Shape.values());
  }

  /** Up to about 60 of the blob's pixel centres, evenly through its pixel list. */
  private double[] inside(Blob blob) {
    int step = Math.max(1, blob.area() / 60);
    double[] inside = new double[2 * ((blob.area() + step - 1) / step)];
    for (int i = 0, k = 0; i < blob.area(); i += step, k++) {
      inside[2 * k] = blob.pixels()[i] % width + 0.5;
      inside[2 * k + 1] = blob.pixels()[i] / width + 0.5;
    }
    return inside;
  }

  /** Box pixels near the frame edge, the occluder or another blob. */
  private boolean[] hiddenGround(Box box, int[] owner, int id, boolean[] occluder) {
    boolean[] hidden = new boolean[box.size()];
    for (int y = box.y0; y <= box.y1; y++) {
      for (int x = box.x0; x <= box.x1; x++) {
        boolean near = x < 3 || y < 3 || x >= width - 3 || y >= height - 3;
        for (int ny = Math.max(0, y - 2); ny <= Math.min(height - 1, y + 2) && !near; ny++) {
          for (int nx = Math.max(0, x - 2); nx <= Math.min(width - 1, x + 2) && !near; nx++) {
            int q = ny * width + nx;
            near = (owner != null && owner[q] != 0 && owner[q] != id) || (occluder != null && occluder[q]);
          }
        }
        hidden[box.index(x, y)] = near;
      }
    }
    return hidden;
  }

  /** The open: background reachable from the box's rim without crossing the blob or hidden ground. */
  private static boolean[] open(Box box, boolean[] mine, boolean[] hidden) {
    boolean[] open = new boolean[box.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int y = 0; y < box.h; y++) {
      for (int x = 0; x < box.w; x++) {
        int i = y * box.w + x;
        boolean rim = x == 0 || y == 0 || x == box.w - 1 || y == box.h - 1;
        if (rim && !mine[i] && !hidden[i]) {
          open[i] = true;
          queue.add(i);
        }
      }
    }
    flood(box, queue, i -> !mine[i] && !hidden[i] && !open[i], open);
    return open;
  }

  /**
   * The blob's holes smaller than {@code ringHole} pixels (whatever shows through them), and the
   * inlets (background enclosed by the blob and hidden ground, no part of a hole) smaller than that.
   */
  private boolean[] details(Box box, ShapeFeatures features, boolean[] mine, boolean[] hidden, boolean[] open, double ringHole) {
    boolean[] details = new boolean[box.size()];
    boolean[] seen = new boolean[box.size()];
    for (Hole hole : features.holes()) {
      int[] c = hole.coordinates();
      for (int i = 0; i < c.length; i += 2) {
        int j = box.index(c[i], c[i + 1]);
        seen[j] = true;
        details[j] = hole.area() < ringHole;
      }
    }
    for (int start = 0; start < box.size(); start++) {
      if (mine[start] || hidden[start] || open[start] || seen[start]) continue;
      boolean[] region = new boolean[box.size()];
      region[start] = true;
      seen[start] = true;
      ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
      int area = 1 + flood(box, queue, i -> !mine[i] && !hidden[i] && !open[i] && !seen[i], region, seen);
      if (area >= ringHole) continue;
      for (int i = 0; i < region.length; i++) details[i] |= region[i];
    }
    return details;
  }

  /** Breadth-first fill from {@code queue} through pixels passing {@code admits}; returns pixels added. */
  private static int flood(Box box, ArrayDeque<Integer> queue, java.util.function.IntPredicate admits, boolean[]... marks) {
    int added = 0;
    while (!queue.isEmpty()) {
      int i = queue.poll();
      int x = i % box.w;
      int y = i / box.w;
      for (int[] s : STEPS) {
        int nx = x + s[0];
        int ny = y + s[1];
        if (nx < 0 || ny < 0 || nx >= box.w || ny >= box.h) continue;
        int j = ny * box.w + nx;
        if (!admits.test(j)) continue;
        for (boolean[] mark : marks) mark[j] = true;
        queue.add(j);
        added++;
      }
    }
    return added;
  }

  /** The blob's bounding box grown by three pixels, clipped to the frame; pixels indexed row-major. */
  private final class Box {
    final int x0;
    final int y0;
    final int x1;
    final int y1;
    final int w;
    final int h;

    Box(Blob blob) {
      x0 = Math.max(0, blob.minX() - 3);
      y0 = Math.max(0, blob.minY() - 3);
      x1 = Math.min(width - 1, blob.maxX() + 3);
      y1 = Math.min(height - 1, blob.maxY() + 3);
      w = x1 - x0 + 1;
      h = y1 - y0 + 1;
    }

    int size() {
      return w * h;
    }

    int index(int x, int y) {
      return (y - y0) * w + (x - x0);
    }
  }
}
