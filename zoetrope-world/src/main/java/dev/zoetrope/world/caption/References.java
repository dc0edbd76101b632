package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Definite references to introduced objects: "the ball" when it is the only ball, "the red ball",
 * "the large red ball" as needed, and "the second large red ball" when two objects look alike.
 */
final class References {
  /** Which attributes a reference names: size, expression, colour (the shape always). */
  private record Descriptor(boolean size, boolean expression, boolean colour) {}

  private static final List<Descriptor> DESCRIPTORS =
      List.of(
          new Descriptor(false, false, false),
          new Descriptor(false, false, true),
          new Descriptor(true, false, false),
          new Descriptor(true, false, true),
          new Descriptor(false, true, true),
          new Descriptor(true, true, true));

  private static final String[] ORDINALS = {"first", "second", "third"};

  private final List<ObjectFacts> objects;
  private final Phrasing words;

  References(List<ObjectFacts> objects, Phrasing words) {
    this.objects = objects;
    this.words = words;
  }

  /** "the red ball": a reference that picks out object i among all objects of the scene. */
  String of(int i) {
    ObjectFacts target = objects.get(i);
    List<Descriptor> unique = new ArrayList<>();
    for (Descriptor d : DESCRIPTORS) {
      if (d.expression() && target.expression() == null) continue;
      if (count(o -> looksAlike(o, target, d)) == 1) unique.add(d);
    }
    if (!unique.isEmpty()) {
      Descriptor d = words.pick(unique);
      return "the " + words.nounPhrase(without(target, d), d.size(), d.expression());
    }
    Descriptor full = new Descriptor(true, true, true);
    int rank = 0;
    for (int j = 0; j < i; j++) if (looksAlike(objects.get(j), target, full)) rank++;
    return "the " + ORDINALS[rank] + " " + words.nounPhrase(target, true, true);
  }

  private long count(Predicate<ObjectFacts> test) {
    return objects.stream().filter(test).count();
  }

  private static boolean looksAlike(ObjectFacts a, ObjectFacts b, Descriptor d) {
    return a.shape() == b.shape()
        && (!d.size() || a.size() == b.size())
        && (!d.expression() || Objects.equals(a.expression(), b.expression()))
        && (!d.colour() || a.colour() == b.colour());
  }

  /** The object's facts with the colour blanked when the descriptor leaves it out. */
  private static ObjectFacts without(ObjectFacts o, Descriptor d) {
    return d.colour() ? o : new ObjectFacts(o.shape(), null, o.size(), o.expression(), o.motion(), o.direction(), o.speed(), o.changesTo());
  }
}
