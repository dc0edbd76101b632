package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A user-style prompt of at most {@code maxWords} words: every object's colour and shape (alike
 * neighbours merged into "two red balls"), then as many other facts as fit, chosen at random. What
 * it states is true; what it leaves out is for prompt expansion to fill.
 */
final class ShortPrompt {
  /** Consecutive objects with the same colour and shape, written as one noun phrase. */
  private static final class Group {
    final List<Integer> members = new ArrayList<>();
    String noun;
    String colour;
    String count;
    String size;
    String expression;
    String motion;
    String change;
    boolean withSize;
    boolean withExpression;
    boolean withMotion;
    boolean withChange;
  }

  private enum Extra { SIZE, EXPRESSION, MOTION, CHANGE }

  private final SceneFacts facts;
  private final Phrasing words;
  private final List<Group> groups = new ArrayList<>();
  private final String setting;
  private final String camera;
  private final String occluder;
  private final String relation;
  private boolean withSetting;
  private boolean withCamera;
  private boolean withOccluder;
  private boolean withRelation;

  ShortPrompt(SceneFacts facts, Phrasing words) {
    this.facts = facts;
    this.words = words;
    for (int i = 0; i < facts.objects().size(); i++) {
      ObjectFacts o = facts.objects().get(i);
      Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      ObjectFacts head = last == null ? null : facts.objects().get(last.members.get(0));
      if (head != null && head.shape() == o.shape() && head.colour() == o.colour()) {
        last.members.add(i);
        last.count = words.count(last.members.size());
      } else {
        groups.add(describe(i, o));
      }
    }
    setting = words.setting(facts.background());
    camera = cameraPhrase(facts.camera());
    occluder = facts.occluder() == null ? null : "behind " + Phrasing.withArticle(words.occluder(facts.occluder()));
    relation = facts.relation() == null ? null : words.relation(facts.relation());
  }

  private Group describe(int i, ObjectFacts o) {
    Group g = new Group();
    g.members.add(i);
    g.noun = words.shapeNoun(o.shape());
    g.colour = words.colour(o.colour());
    g.size = words.size(o.size());
    g.expression = o.expression() == null ? null : words.expression(o.expression());
    g.motion = words.motion(o, true);
    g.change = o.changesTo() == null ? null : words.change(o, true);
    return g;
  }

  private String cameraPhrase(Camera c) {
    return switch (c) {
      case STATIC -> words.stillAdjective() + " " + words.cameraNoun();
      case PAN_LEFT, PAN_RIGHT, PAN_UP, PAN_DOWN ->
          Phrasing.join(words.coin() ? "camera" : "", words.panVerb(true), words.heading(Sentences.panDirection(c)));
      case ZOOM_IN, ZOOM_OUT -> Phrasing.join(words.coin() ? "camera" : "", words.zoomVerb(c, true));
    };
  }

  String write(int maxWords) {
    if (Captions.wordCount(render()) > maxWords) {
      for (Group g : groups) g.noun = facts.objects().get(g.members.get(0)).shape().word();
    }
    List<Runnable[]> toggles = new ArrayList<>();
    for (Group g : groups) {
      if (g.members.size() > 1) continue;
      for (Extra e : Extra.values()) toggles.add(toggle(g, e));
    }
    toggles.add(new Runnable[] {() -> withSetting = true, () -> withSetting = false});
    toggles.add(new Runnable[] {() -> withCamera = true, () -> withCamera = false});
    if (occluder != null) toggles.add(new Runnable[] {() -> withOccluder = true, () -> withOccluder = false});
    if (relation != null && relatable()) toggles.add(new Runnable[] {() -> withRelation = true, () -> withRelation = false});
    Collections.shuffle(toggles, words.random());
    for (Runnable[] t : toggles) {
      t[0].run();
      if (!consistent() || Captions.wordCount(render()) > maxWords) t[1].run();
    }
    return render();
  }

  private Runnable[] toggle(Group g, Extra e) {
    return switch (e) {
      case SIZE -> new Runnable[] {() -> g.withSize = true, () -> g.withSize = false};
      case EXPRESSION -> new Runnable[] {() -> g.withExpression = g.expression != null, () -> g.withExpression = false};
      case MOTION -> new Runnable[] {() -> g.withMotion = true, () -> g.withMotion = false};
      case CHANGE -> new Runnable[] {() -> g.withChange = g.change != null, () -> g.withChange = false};
    };
  }

  /** A relation can join the first two objects only when each is its own noun phrase. */
  private boolean relatable() {
    return groups.size() >= 2 && groups.get(0).members.size() == 1 && groups.get(1).members.size() == 1;
  }

  /** After "a ball above a box", words about the box would be read as words about the ball. */
  private boolean consistent() {
    return !withRelation || (!groups.get(1).withMotion && !groups.get(1).withChange);
  }

  private String render() {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < groups.size(); k++) {
      if (k > 0) s.append(connector(k));
      s.append(phrase(groups.get(k)));
    }
    String text = Phrasing.join(s.toString(), withSetting ? setting : "", withOccluder ? occluder : "");
    return withCamera ? text + ", " + camera : text;
  }

  private String connector(int k) {
    if (k == 1 && withRelation) return " " + relation + " ";
    return k == groups.size() - 1 ? " and " : ", ";
  }

  private String phrase(Group g) {
    if (g.members.size() > 1) return Phrasing.join(g.count, g.colour, Inflection.plural(g.noun));
    String noun = Phrasing.join(g.withSize ? g.size : "", g.withExpression ? g.expression : "", g.colour, g.noun);
    String motion = g.withMotion ? g.motion : "";
    String change = g.withChange ? g.change : "";
    String tail = motion.isEmpty() || change.isEmpty() ? Phrasing.join(motion, change) : motion + " and " + change;
    return Phrasing.join(Phrasing.withArticle(noun), tail);
  }
}
