package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.OccluderKind;
import dev.zoetrope.world.scene.Relation;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** The scene-level facts read so far and the objects named, at most {@value #MAX_OBJECTS}. */
final class SceneDraft {
  static final int MAX_OBJECTS = 3;

  private final List<ObjectDraft> objects = new ArrayList<>();
  private Background background;
  private Camera camera;
  private OccluderKind occluder;
  private Relation relation;
  private final Direction[] positions = new Direction[MAX_OBJECTS];

  ObjectDraft object(int index) {
    return objects.get(index);
  }

  List<Integer> allObjects() {
    return IntStream.range(0, objects.size()).boxed().toList();
  }

  /**
   * The objects a noun phrase names: existing ones for "the ..." (and bare "red ball" that matches
   * exactly), new ones (filling "three objects" slots first) for "a ...", "two ...".
   */
  List<Integer> resolve(PendingPhrase phrase, boolean plural) {
    List<Integer> candidates =
        IntStream.range(0, objects.size()).filter(i -> objects.get(i).compatible(phrase)).boxed().toList();
    Integer count = phrase.count == null ? null : Math.min(phrase.count, MAX_OBJECTS);
    if (phrase.definite || (phrase.count == null && phrase.ordinal != null)) {
      if (phrase.ordinal != null) {
        return phrase.ordinal < candidates.size() ? List.of(candidates.get(phrase.ordinal)) : create(1);
      }
      if (plural) {
        if (count == null) return candidates.isEmpty() ? create(2) : candidates;
        return candidates.size() >= count ? candidates.subList(0, count) : create(count);
      }
      return candidates.isEmpty() ? create(1) : List.of(best(candidates, phrase));
    }
    if (phrase.count == null) {
      for (int i = 0; i < objects.size(); i++) {
        if (objects.get(i).matchesExactly(phrase)) return plural ? exactMatches(phrase) : List.of(i);
      }
      return create(plural ? 2 : 1);
    }
    return create(count);
  }

  private List<Integer> exactMatches(PendingPhrase phrase) {
    return IntStream.range(0, objects.size()).filter(i -> objects.get(i).matchesExactly(phrase)).boxed().toList();
  }

  private int best(List<Integer> candidates, PendingPhrase phrase) {
    int best = candidates.get(0);
    for (int i : candidates) {
      if (objects.get(i).agreement(phrase) > objects.get(best).agreement(phrase)) best = i;
    }
    return best;
  }

  /** New objects, reusing unfilled slots first; fewer than asked once the world's limit is hit. */
  private List<Integer> create(int count) {
    List<Integer> made = new ArrayList<>();
    for (int i = 0; i < objects.size() && made.size() < count; i++) {
      if (objects.get(i).isPlaceholder()) made.add(i);
    }
    while (made.size() < count && objects.size() < MAX_OBJECTS) {
      objects.add(new ObjectDraft());
      made.add(objects.size() - 1);
    }
    return made;
  }

  void offerBackground(Background b) {
    if (background == null) background = b;
  }

  void offerOccluder(OccluderKind o) {
    if (occluder == null) occluder = o;
  }

  void offerCamera(Camera c) {
    if (camera == null) camera = c;
  }

  /** A pan towards a diagonal keeps its horizontal part: the world pans along one axis. */
  void offerPan(Direction d) {
    if (d.dx() < 0) offerCamera(Camera.PAN_LEFT);
    else if (d.dx() > 0) offerCamera(Camera.PAN_RIGHT);
    else if (d.dy() < 0) offerCamera(Camera.PAN_UP);
    else offerCamera(Camera.PAN_DOWN);
  }

  /** "a is r of b"; the scene keeps the first statement that relates object 0 to object 1. */
  void relate(int a, int b, Relation r) {
    if (relation != null) return;
    if (a == 0 && b == 1) relation = r;
    if (a == 1 && b == 0) relation = inverse(r);
  }

  /** "a red ball on the left": where the object is, first statement wins. */
  void offerPosition(int object, Direction side) {
    if (positions[object] == null) positions[object] = side;
  }

  /** Opposite positions of objects 0 and 1 ("on the left" / "on the right") imply their relation. */
  private Relation relationFromPositions() {
    Direction a = positions[0];
    Direction b = positions[1];
    if (a == null || b == null || a.dx() != -b.dx() || a.dy() != -b.dy()) return null;
    if (a == Direction.LEFT) return Relation.LEFT_OF;
    if (a == Direction.RIGHT) return Relation.RIGHT_OF;
    return a == Direction.UP ? Relation.ABOVE : Relation.BELOW;
  }

  static Relation inverse(Relation r) {
    return switch (r) {
      case LEFT_OF -> Relation.RIGHT_OF;
      case RIGHT_OF -> Relation.LEFT_OF;
      case ABOVE -> Relation.BELOW;
      case BELOW -> Relation.ABOVE;
    };
  }

  SceneFacts toFacts() {
    return new SceneFacts(
        objects.stream().map(ObjectDraft::toFacts).toList(),
        background,
        camera,
        occluder,
        relation != null ? relation : relationFromPositions());
  }
}
