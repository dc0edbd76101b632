package dev.zoetrope.world.sample;

import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.StartEdges;
import dev.zoetrope.world.scene.StartEdges.Arrangement;
import dev.zoetrope.world.scene.StartEdges.Edge;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where objects start (normalised frame coordinates) so that their motion plays out on screen:
 * movers start on the side they move away from, enterers just outside an edge they come in by
 * ({@link StartEdges}), leavers near the edge they go out of, fallers high up. A stated relation
 * then sets the coordinates it is about. The sampler checks the result and draws again when it
 * fails.
 */
final class Placement {
  /**
   * How far outside the frame an entering object's centre starts, as a fraction of its radius. In
   * normalised coordinates the same depth is up to 1.75 times deeper across a 16:9 frame's width
   * (or a 9:16 frame's height), and a triangle's flat side is only half its radius from its centre,
   * so the deepest start must stay under 0.5 / 1.75 for every shape to show at every aspect.
   */
  static final double MIN_ENTRY_DEPTH = 0.08;
  static final double MAX_ENTRY_DEPTH = 0.22;
  /** A nominal height for rolling objects: the renderer puts them on the floor whatever y says. */
  private static final double ROLL_Y = 0.85;

  private Placement() {}

  /**
   * The edge each object starts at (null: anywhere): for objects 0 and 1 a random arrangement that
   * lets the relation hold, for the rest a random choice. Null when the relation cannot hold.
   */
  static Edge[] edges(Relation relation, List<ObjectFacts> objects, SplittableRandom random) {
    Edge[] edges = new Edge[objects.size()];
    for (int i = 0; i < edges.length; i++) edges[i] = pick(StartEdges.choices(objects.get(i)), random);
    if (relation != null) {
      List<Arrangement> ways = StartEdges.arrangements(relation, objects.get(0), objects.get(1));
      if (ways.isEmpty()) return null;
      Arrangement way = pick(ways, random);
      edges[0] = way.first();
      edges[1] = way.second();
    }
    return edges;
  }

  /**
   * A start that lets the motion play out on screen. {@code anywhere} drops that preference for
   * every object but an entering one, for crowded scenes in which the preferred starts keep
   * hiding one object behind another.
   */
  static double[] start(ObjectFacts object, Edge edge, boolean anywhere, SplittableRandom random) {
    if (object.motion() == MotionKind.ENTER) return entry(object, edge, random);
    if (anywhere) {
      double x = random.nextDouble(0.15, 0.85), y = random.nextDouble(0.2, 0.8);
      return new double[] {x, object.motion() == MotionKind.ROLL ? ROLL_Y : y};
    }
    double x = random.nextDouble(0.2, 0.8), y = random.nextDouble(0.25, 0.75);
    Direction d = object.direction();
    switch (object.motion()) {
      case MOVE, ROLL -> {
        if (d.dx() != 0) x = 0.5 - d.dx() * random.nextDouble(0.12, 0.3);
        if (d.dy() != 0) y = 0.5 - d.dy() * random.nextDouble(0.12, 0.3);
      }
      case LEAVE -> {
        if (d.dx() != 0) x = 0.5 + d.dx() * random.nextDouble(0.1, 0.25);
        if (d.dy() != 0) y = 0.5 + d.dy() * random.nextDouble(0.1, 0.25);
      }
      case BOUNCE -> y = random.nextDouble(0.12, 0.35);
      default -> {}
    }
    return new double[] {x, object.motion() == MotionKind.ROLL ? ROLL_Y : y};
  }

  /** Centre just outside {@code edge}; along it, a diagonal mover starts in the half it comes from. */
  private static double[] entry(ObjectFacts object, Edge edge, SplittableRandom random) {
    double depth = random.nextDouble(MIN_ENTRY_DEPTH, MAX_ENTRY_DEPTH) * object.size().radius();
    Direction d = object.direction();
    double outside = edge.low() ? -depth : 1 + depth;
    if (edge.fixesX()) return new double[] {outside, alongEdge(d.dy(), 0.25, 0.75, random)};
    return new double[] {alongEdge(d.dx(), 0.2, 0.8, random), outside};
  }

  private static double alongEdge(int step, double low, double high, SplittableRandom random) {
    if (step == 0) return random.nextDouble(low, high);
    return step > 0 ? random.nextDouble(0.15, 0.45) : random.nextDouble(0.55, 0.85);
  }

  /**
   * Sets objects 0 and 1 apart along the relation's axis so it clearly holds at the start, unless
   * an edge already holds them there (on their own side: {@link StartEdges} chose the edges).
   */
  static void applyRelation(Relation relation, Edge[] edges, double[][] starts, SplittableRandom random) {
    if (relation == null) return;
    boolean horizontal = relation == Relation.LEFT_OF || relation == Relation.RIGHT_OF;
    boolean firstLow = relation == Relation.LEFT_OF || relation == Relation.ABOVE;
    int axis = horizontal ? 0 : 1, across = 1 - axis;
    double low = random.nextDouble(0.15, 0.35), high = random.nextDouble(0.65, 0.85);
    if (!holds(edges[0], axis)) starts[0][axis] = firstLow ? low : high;
    if (!holds(edges[1], axis)) starts[1][axis] = firstLow ? high : low;
    // Keep the other coordinates close so the relation's axis dominates: near an object an edge
    // holds across the axis (two held ones share the edge), else anywhere central.
    boolean held0 = holds(edges[0], across), held1 = holds(edges[1], across);
    if (held0 && held1) return;
    double shared = held0 ? inside(starts[0][across]) : held1 ? inside(starts[1][across]) : random.nextDouble(0.35, 0.65);
    if (!held0) starts[0][across] = shared + random.nextDouble(-0.08, 0.08);
    if (!held1) starts[1][across] = shared + random.nextDouble(-0.08, 0.08);
  }

  private static boolean holds(Edge edge, int axis) {
    return edge != null && edge.fixesX() == (axis == 0);
  }

  private static double inside(double coordinate) {
    return Math.max(0.2, Math.min(0.8, coordinate));
  }

  /**
   * An occluder: in the path of the first horizontally moving object when there is one (so it
   * passes behind), otherwise somewhere central; {@code anywhere} puts it anywhere.
   */
  static Occluder occluder(OccluderKind kind, List<ObjectFacts> objects, double[][] starts, boolean anywhere,
      SplittableRandom random) {
    double width = random.nextDouble(0.08, 0.16);
    if (anywhere) return new Occluder(kind, random.nextDouble(0.1, 0.9), width);
    double x = random.nextDouble(0.3, 0.7);
    for (int i = 0; i < objects.size(); i++) {
      Direction d = objects.get(i).direction();
      if (d != null && d.dx() != 0 && objects.get(i).motion() != MotionKind.LEAVE) {
        x = Math.max(0.1, Math.min(0.9, starts[i][0] + d.dx() * random.nextDouble(0.22, 0.32)));
        break;
      }
    }
    return new Occluder(kind, x, width);
  }

  private static <T> T pick(List<T> values, SplittableRandom random) {
    return values.size() == 1 ? values.get(0) : values.get(random.nextInt(values.size()));
  }
}
