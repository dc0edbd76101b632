package dev.zoetrope.world.sample;

import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.Occluder;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where objects start (normalised frame coordinates) so that their motion plays out on screen:
 * movers start on the side they move away from, enterers just outside the edge they come in by,
 * leavers near the edge they go out of, fallers high up. A stated relation then overrides the
 * coordinate it is about. The sampler checks the result and draws again when it fails.
 */
final class Placement {
  /** How far outside the frame an entering object's centre starts, as a fraction of the frame. */
  static final double ENTRY_OFFSET = 0.04;

  private Placement() {}

  static double[] start(ObjectFacts object, SplittableRandom random) {
    double x = random.nextDouble(0.2, 0.8), y = random.nextDouble(0.25, 0.75);
    MotionKind motion = object.motion();
    Direction d = object.direction();
    switch (motion) {
      case MOVE, ROLL -> {
        if (d.dx() != 0) x = 0.5 - d.dx() * random.nextDouble(0.12, 0.3);
        if (d.dy() != 0) y = 0.5 - d.dy() * random.nextDouble(0.12, 0.3);
      }
      case ENTER -> {
        if (d.dx() != 0) x = d.dx() > 0 ? -ENTRY_OFFSET : 1 + ENTRY_OFFSET;
        if (d.dy() != 0) y = d.dy() > 0 ? -ENTRY_OFFSET : 1 + ENTRY_OFFSET;
      }
      case LEAVE -> {
        if (d.dx() != 0) x = 0.5 + d.dx() * random.nextDouble(0.1, 0.25);
        if (d.dy() != 0) y = 0.5 + d.dy() * random.nextDouble(0.1, 0.25);
      }
      case BOUNCE -> y = random.nextDouble(0.12, 0.35);
      default -> {}
    }
    if (motion == MotionKind.ROLL) y = 0.85; // the renderer puts rolling objects on the floor
    return new double[] {x, y};
  }

  /** Moves objects 0 and 1 apart along the relation's axis so it clearly holds at the start. */
  static void applyRelation(Relation relation, List<ObjectFacts> objects, double[][] starts, SplittableRandom random) {
    if (relation == null) return;
    boolean horizontal = relation == Relation.LEFT_OF || relation == Relation.RIGHT_OF;
    boolean firstSmaller = relation == Relation.LEFT_OF || relation == Relation.ABOVE;
    int axis = horizontal ? 0 : 1;
    double low = random.nextDouble(0.15, 0.35), high = random.nextDouble(0.65, 0.85);
    setUnlessPinned(objects.get(0), starts[0], axis, firstSmaller ? low : high);
    setUnlessPinned(objects.get(1), starts[1], axis, firstSmaller ? high : low);
    // Keep the other axis close so the relation's axis dominates.
    int other = 1 - axis;
    double shared = random.nextDouble(0.35, 0.65);
    setUnlessPinned(objects.get(0), starts[0], other, shared + random.nextDouble(-0.08, 0.08));
    setUnlessPinned(objects.get(1), starts[1], other, shared + random.nextDouble(-0.08, 0.08));
  }

  /** Entering objects keep their off-screen start and rolling ones their floor height. */
  private static void setUnlessPinned(ObjectFacts object, double[] start, int axis, double value) {
    if (object.motion() == MotionKind.ENTER) {
      Direction d = object.direction();
      if ((axis == 0 ? d.dx() : d.dy()) != 0) return;
    }
    if (object.motion() == MotionKind.ROLL && axis == 1) return;
    start[axis] = value;
  }

  /**
   * An occluder: in the path of the first horizontally moving object when there is one (so it
   * passes behind), otherwise somewhere central.
   */
  static Occluder occluder(OccluderKind kind, List<ObjectFacts> objects, double[][] starts, SplittableRandom random) {
    double width = random.nextDouble(0.08, 0.16);
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
}
