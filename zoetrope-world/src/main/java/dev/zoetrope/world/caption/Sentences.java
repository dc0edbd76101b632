package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Camera;
import dev.zoetrope.world.scene.Direction;
import dev.zoetrope.world.scene.ObjectFacts;
import dev.zoetrope.world.scene.SceneFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences a caption is made of, each stating its facts in a randomly chosen way that the
 * parser reads back. Every object is introduced once with an indefinite noun phrase carrying all
 * its attributes; later sentences refer to it by the fewest attributes that pick it out.
 */
final class Sentences {
  private static final List<String> PLAIN_REMARKS =
      List.of(
          "Everything is rendered in a clean, simple style.",
          "The lighting is soft and even throughout.",
          "The picture is crisp and clear.",
          "The clip is short and smooth.",
          "Edges are sharp and the colours are saturated.");

  private final SceneFacts facts;
  private final Phrasing words;
  private final References references;

  Sentences(SceneFacts facts, Phrasing words) {
    this.facts = facts;
    this.words = words;
    this.references = new References(facts.objects(), words);
  }

  int objectCount() {
    return facts.objects().size();
  }

  /** "The video shows two objects on a grassy field." */
  String intro() {
    int n = objectCount();
    String counted = words.count(n) + " " + words.genericNoun(n > 1);
    String setting = words.setting(facts.background());
    return switch (words.random().nextInt(3)) {
      case 0 -> sentence("The video shows " + counted + " " + setting);
      case 1 -> sentence(counted + (n > 1 ? " are visible " : " is visible ") + setting);
      default -> sentence("In this clip, " + counted + " can be seen " + setting);
    };
  }

  /** "The scene is set on a beach." */
  String setting() {
    String setting = words.setting(facts.background());
    return words.coin() ? sentence("The scene is set " + setting) : sentence("Everything takes place " + setting);
  }

  /** The object's introduction with every attribute, its motion and its colour change. */
  String introduce(int i) {
    ObjectFacts o = facts.objects().get(i);
    String named = Phrasing.withArticle(words.nounPhrase(o, true, true));
    boolean changes = o.changesTo() != null;
    return switch (words.random().nextInt(4)) {
      case 0 -> sentence(named + " " + words.motion(o, false) + (changes ? changeTail(o) : ""));
      case 1 -> sentence("There is " + named + " that " + words.motion(o, false) + (changes ? changeTail(o) : ""));
      case 2 -> sentence(named + " " + words.motion(o, false))
          + (changes ? " " + sentence("Over time, it " + words.change(o, false)) : "");
      default -> sentence("We see " + named + " " + words.motion(o, true)
          + (changes ? ", " + words.change(o, true) : ""));
    };
  }

  /** Motion and colour change of an object already introduced: "The red ball rolls left." */
  String describe(int i) {
    ObjectFacts o = facts.objects().get(i);
    return sentence(references.of(i) + " " + words.motion(o, false) + (o.changesTo() != null ? changeTail(o) : ""));
  }

  private String changeTail(ObjectFacts o) {
    return words.coin() ? ", " + words.change(o, true) : " and " + words.change(o, false);
  }

  /** Introduces objects 0 and 1 through their relation: "A red ball is above a blue box." */
  String introduceRelated() {
    String first = Phrasing.withArticle(words.nounPhrase(facts.objects().get(0), true, true));
    String second = Phrasing.withArticle(words.nounPhrase(facts.objects().get(1), true, true));
    String verb = words.pick(List.of("is", "sits", "starts out"));
    return sentence(first + " " + verb + " " + words.relation(facts.relation()) + " " + second);
  }

  /** The relation between objects 0 and 1, or null when there is none. */
  String relation() {
    if (facts.relation() == null) return null;
    String first = references.of(0);
    String second = references.of(1);
    return switch (words.random().nextInt(4)) {
      case 0 -> sentence(first + " is " + words.relation(facts.relation()) + " " + second);
      case 1 -> sentence("At the start, " + first + " is " + words.relation(facts.relation()) + " " + second);
      case 2 -> sentence(second + " is " + words.relation(SceneDraft.inverse(facts.relation())) + " " + first);
      default -> sentence(words.relation(facts.relation()) + " " + second + " is " + first);
    };
  }

  /** The occluder, or null when there is none. */
  String occluder() {
    if (facts.occluder() == null) return null;
    String thing = Phrasing.withArticle(words.occluder(facts.occluder()));
    return switch (words.random().nextInt(3)) {
      case 0 -> sentence(thing + " stands in the foreground");
      case 1 -> sentence("In the foreground stands " + thing);
      default -> sentence("Part of the view is hidden behind " + thing);
    };
  }

  String camera() {
    Camera camera = facts.camera();
    String noun = "the " + words.cameraNoun();
    return switch (camera) {
      case STATIC -> words.coin()
          ? sentence(noun + " is " + words.stillAdjective())
          : sentence(noun + " " + words.stillPhrase(false));
      case PAN_LEFT, PAN_RIGHT, PAN_UP, PAN_DOWN -> words.coin()
          ? sentence(noun + " " + words.panVerb(false) + " " + words.heading(panDirection(camera)))
          : sentence(words.panVerb(true) + " " + words.heading(panDirection(camera)) + ", " + noun + " follows the action");
      case ZOOM_IN, ZOOM_OUT -> sentence(noun + " " + words.zoomVerb(camera, false) + (camera == Camera.ZOOM_IN && words.coin() ? " on the scene" : ""));
    };
  }

  static Direction panDirection(Camera camera) {
    return switch (camera) {
      case PAN_LEFT -> Direction.LEFT;
      case PAN_RIGHT -> Direction.RIGHT;
      case PAN_UP -> Direction.UP;
      case PAN_DOWN -> Direction.DOWN;
      default -> throw new IllegalArgumentException(camera + " is not a pan");
    };
  }

  /** Fact-free sentences, added until the text has at least {@code minWords} words. */
  String padTo(String text, int minWords) {
    List<String> remarks = new ArrayList<>(PLAIN_REMARKS);
    String out = text;
    while (Captions.wordCount(out) < minWords && !remarks.isEmpty()) {
      out = out + " " + remarks.remove(words.random().nextInt(remarks.size()));
    }
    return out;
  }

  /** Capitalised, with a full stop. */
  static String sentence(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
  }
}
