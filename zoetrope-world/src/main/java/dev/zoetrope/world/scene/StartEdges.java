package dev.zoetrope.world.scene;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where an object's motion holds it at the first frame, and so which relations two objects can
 * show there. An entering object starts just outside an edge it comes in by (a diagonal one by
 * either of its two); a rolling one rests on the floor, at the bottom; every other object may
 * start anywhere. A relation can hold when some choice of edges keeps each held object on its own
 * side of the relation's axis and does not hold the two at opposite edges across that axis (the
 * distance across would then outweigh the one along it). Motions and directions not stated count
 * as free, so partial facts conflict only through what they state.
 */
public final class StartEdges {
  /** An edge of the frame: LEFT and RIGHT fix an object's x, TOP and BOTTOM its y. */
  public enum Edge {
    LEFT("left"),
    RIGHT("right"),
    TOP("top"),
    BOTTOM("bottom");

    private final String word;

    Edge(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    public boolean fixesX() {
      return this == LEFT || this == RIGHT;
    }

    /** LEFT and TOP are the low ends of their axes (coordinates grow rightwards and downwards). */
    public boolean low() {
      return this == LEFT || this == TOP;
    }
  }

  /** A way to start two related objects: the edge each is held at, null when it is free. */
  public record Arrangement(Edge first, Edge second) {}

  private StartEdges() {}

  /** The edges the object may start at; a single null when it may start anywhere. */
  public static List<Edge> choices(ObjectFacts object) {
    if (object.motion() == MotionKind.ROLL) return List.of(Edge.BOTTOM);
    if (object.motion() != MotionKind.ENTER || object.direction() == null) return Collections.singletonList(null);
    Direction d = object.direction();
    List<Edge> edges = new ArrayList<>(2);
    if (d.dx() != 0) edges.add(d.dx() > 0 ? Edge.LEFT : Edge.RIGHT);
    if (d.dy() != 0) edges.add(d.dy() > 0 ? Edge.TOP : Edge.BOTTOM);
    return edges;
  }

  /** Every way to start the relation's two objects that lets it hold; empty when none does. */
  public static List<Arrangement> arrangements(Relation relation, ObjectFacts first, ObjectFacts second) {
    List<Arrangement> out = new ArrayList<>();
    for (Edge a : choices(first)) {
      for (Edge b : choices(second)) if (fits(relation, a, b)) out.add(new Arrangement(a, b));
    }
    return out;
  }

  /** Why the objects' motions rule the relation out, or null when it can hold. */
  public static String conflict(Relation relation, ObjectFacts first, ObjectFacts second) {
    if (!arrangements(relation, first, second).isEmpty()) return null;
    boolean alongX = horizontal(relation);
    boolean firstLow = firstLow(relation);
    if (choices(first).stream().noneMatch(e -> onOwnSide(e, alongX, firstLow))) {
      return "object 0 " + held(first) + ", so it cannot be " + relation.word() + " object 1";
    }
    if (choices(second).stream().noneMatch(e -> onOwnSide(e, alongX, !firstLow))) {
      return "object 1 " + held(second) + ", so object 0 cannot be " + relation.word() + " it";
    }
    return "object 0 " + held(first) + " and object 1 " + held(second) + ": starting at opposite edges, object 0 cannot be "
        + relation.word() + " object 1";
  }

  private static boolean fits(Relation relation, Edge first, Edge second) {
    boolean alongX = horizontal(relation);
    if (!onOwnSide(first, alongX, firstLow(relation)) || !onOwnSide(second, alongX, !firstLow(relation))) return false;
    boolean firstAcross = first != null && first.fixesX() != alongX;
    boolean secondAcross = second != null && second.fixesX() != alongX;
    return !firstAcross || !secondAcross || first == second;
  }

  /** Free, held across the axis, or held at the end of the axis where the object belongs. */
  private static boolean onOwnSide(Edge edge, boolean alongX, boolean low) {
    return edge == null || edge.fixesX() != alongX || edge.low() == low;
  }

  private static boolean horizontal(Relation relation) {
    return relation == Relation.LEFT_OF || relation == Relation.RIGHT_OF;
  }

  private static boolean firstLow(Relation relation) {
    return relation == Relation.LEFT_OF || relation == Relation.ABOVE;
  }

  private static String held(ObjectFacts object) {
    if (object.motion() == MotionKind.ROLL) return "rolls along the floor";
    List<Edge> edges = choices(object);
    String side = edges.size() == 1 ? edges.get(0).word() : edges.get(1).word() + " " + edges.get(0).word();
    return "enters from the " + side;
  }
}
