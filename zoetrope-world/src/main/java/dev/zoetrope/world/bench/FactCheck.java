package dev.zoetrope.world.bench;

import dev.zoetrope.world.oracle.MotionMatch;
import dev.zoetrope.world.oracle.ObjectObservation;
import dev.zoetrope.world.oracle.Observation;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Every fact a prompt states, checked against what the oracle read: the caption fact accuracy. */
public final class FactCheck {
  /** One stated fact: its name ("object 1 colour"), what the prompt says and what the video shows. */
  public record Fact(String name, String expected, String observed, boolean holds) {}

  private FactCheck() {}

  public static List<Fact> check(SceneFacts expected, Observation seen, List<ObjectObservation> matched) {
    List<Fact> facts = new ArrayList<>();
    facts.add(fact("object count", expected.objects().size(), seen.objects().size()));
    if (expected.background() != null) facts.add(fact("background", expected.background(), seen.background()));
    if (expected.camera() != null) facts.add(fact("camera", expected.camera(), seen.cameraMotion()));
    if (expected.occluder() != null) facts.add(fact("occluder", expected.occluder(), seen.occluder()));
    if (expected.relation() != null) {
      ObjectObservation a = matched.size() > 1 ? matched.get(0) : null;
      ObjectObservation b = matched.size() > 1 ? matched.get(1) : null;
      facts.add(fact("relation", expected.relation(), a == null || b == null ? null : seen.relation(a, b)));
    }
    for (int i = 0; i < expected.objects().size(); i++) {
      ObjectFacts e = expected.objects().get(i);
      ObjectObservation o = matched.get(i);
      String prefix = "object " + (i + 1) + " ";
      if (e.shape() != null) facts.add(fact(prefix + "shape", e.shape(), o == null ? null : o.shape()));
      if (e.colour() != null) facts.add(fact(prefix + "colour", e.colour(), o == null ? null : o.colour()));
      if (e.size() != null) facts.add(fact(prefix + "size", e.size(), o == null ? null : o.size()));
      if (e.expression() != null) facts.add(fact(prefix + "expression", e.expression(), o == null ? null : o.expression()));
      if (e.motion() != null) {
        boolean holds = o != null && MotionMatch.satisfies(e.motion(), o.motion(), o.shape());
        facts.add(new Fact(prefix + "motion", name(e.motion()), o == null ? "not seen" : name(o.motion()), holds));
      }
      if (e.direction() != null) facts.add(fact(prefix + "direction", e.direction(), o == null ? null : o.direction()));
      if (e.speed() != null) facts.add(fact(prefix + "speed", e.speed(), o == null ? null : o.speed()));
      if (e.changesTo() != null) facts.add(fact(prefix + "changes to", e.changesTo(), o == null ? null : o.changesTo()));
    }
    return facts;
  }

  private static Fact fact(String name, Object expected, Object observed) {
    return new Fact(name, name(expected), observed == null ? "not seen" : name(observed), Objects.equals(expected, observed));
  }

  private static String name(Object value) {
    return value instanceof Enum<?> e ? e.name().toLowerCase().replace('_', ' ') : String.valueOf(value);
  }
}
