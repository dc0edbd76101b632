package dev.zoetrope.world.bench;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.List;

/** Per-video scores being filled in; a dimension left out does not apply to the video. */
final class Scores {
  final Map<Dimension, Double> values = new EnumMap<>(Dimension.class);

  void put(Dimension dimension, double value) {
    values.put(dimension, value);
  }

  /** Share of {@code items} that pass, or nothing when there are none. */
  <T> void share(Dimension dimension, List<T> items, Predicate<T> passes) {
    if (items.isEmpty()) return;
    long passed = items.stream().filter(passes).count();
    values.put(dimension, (double) passed / items.size());
  }

  static double bool(boolean value) {
    return value ? 1 : 0;
  }
}
