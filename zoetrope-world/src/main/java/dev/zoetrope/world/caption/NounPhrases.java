package dev.zoetrope.world.caption;

import dev.zoetrope.world.scene.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds noun phrases and decides which objects they name. Besides the plain "a large red ball"
 * it reads elliptical phrases that share one noun ("a red and a blue ball", "red and blue balls":
 * two balls) and distributive ones that pick members of a group just named ("two balls: one red,
 * one blue").
 */
final class NounPhrases {
  private final SceneDraft scene;
  private final PendingPhrase pending = new PendingPhrase();
  private final List<PendingPhrase> elided = new ArrayList<>();
  private List<Integer> group;
  private int nextMember;

  NounPhrases(SceneDraft scene) {
    this.scene = scene;
  }

  PendingPhrase pending() {
    return pending;
  }

  /**
   * A determiner; after "and" it ends an elided phrase ("a red and | a blue ball"). Returns
   * whether the phrase before it had no determiner of its own, so its words were predicates.
   */
  boolean determiner(Integer count, boolean definite, boolean one, boolean afterAnd) {
    boolean predicate = !pending.hasDeterminer();
    if (afterAnd && pending.hasAdjectives()) {
      elided.add(pending.copy());
      pending.clear();
      predicate = false;
    }
    if (count != null) pending.count = count;
    pending.definite |= definite;
    pending.one = one;
    return predicate;
  }

  /** Before an adjective whose slot is taken right after "and": "red and | blue balls". */
  void beforeAdjective(Term term, boolean afterAnd) {
    if (afterAnd && pending.hasSlotOf(term)) {
      elided.add(pending.copy());
      pending.clear();
    }
  }

  boolean distributing() {
    return pending.one && group != null && nextMember < group.size();
  }

  /**
   * Closes the phrase on a noun (null for "object", "one") and returns the objects it names. A
   * copula subject ("it is a red ball") is named again instead of a new object.
   */
  List<Integer> close(Shape noun, boolean plural, List<Integer> copulaSubject) {
    if (noun != null) pending.shape = noun;
    List<Integer> named = new ArrayList<>();
    for (PendingPhrase e : elided) {
      if (e.shape == null) e.shape = pending.shape;
      named.addAll(name(e, false, List.of()));
    }
    boolean singular = !elided.isEmpty() && pending.count == null;
    named.addAll(name(pending, plural && !singular, copulaSubject));
    elided.clear();
    pending.clear();
    if (named.size() > 1) {
      group = List.copyOf(named);
      nextMember = 0;
    }
    return named;
  }

  private List<Integer> name(PendingPhrase phrase, boolean plural, List<Integer> copulaSubject) {
    List<Integer> objects;
    if (phrase.one && group != null && nextMember < group.size()
        && scene.object(group.get(nextMember)).compatible(phrase)) {
      objects = List.of(group.get(nextMember++));
    } else if (!copulaSubject.isEmpty() && !phrase.definite) {
      objects = copulaSubject;
    } else {
      objects = scene.resolve(phrase, plural);
      if (objects.size() <= 1) group = null;
    }
    for (int i : objects) scene.object(i).absorb(phrase);
    return objects;
  }

  /** Forgets a phrase that never got its noun (its adjectives were already used as predicates). */
  void abandon() {
    pending.clear();
    elided.clear();
  }
}
