package dev.zoetrope.world.caption;

import java.util.Map;

/**
 * Each background word of the vocabulary inside the prepositional phrase a caption uses for it
 * ("grass" → "on grass", "night" → "at night"). A test checks every background word has one.
 */
final class SettingPhrases {
  private static final Map<String, String> PHRASES =
      Map.ofEntries(
          Map.entry("sky", "against the sky"),
          Map.entry("daytime sky", "against a daytime sky"),
          Map.entry("pale sky", "against a pale sky"),
          Map.entry("skies", "against clear skies"),
          Map.entry("heavens", "against the heavens"),
          Map.entry("daylight", "in daylight"),
          Map.entry("open air", "in the open air"),
          Map.entry("grass", "on grass"),
          Map.entry("grassy field", "on a grassy field"),
          Map.entry("grassy ground", "on grassy ground"),
          Map.entry("lawn", "on a lawn"),
          Map.entry("meadow", "in a meadow"),
          Map.entry("turf", "on turf"),
          Map.entry("pasture", "in a pasture"),
          Map.entry("grassland", "on grassland"),
          Map.entry("sand", "on sand"),
          Map.entry("sandy ground", "on sandy ground"),
          Map.entry("beach", "on a beach"),
          Map.entry("desert", "in a desert"),
          Map.entry("dunes", "on dunes"),
          Map.entry("seashore", "on a seashore"),
          Map.entry("sandbank", "on a sandbank"),
          Map.entry("night sky", "against a night sky"),
          Map.entry("starry night sky", "against a starry night sky"),
          Map.entry("night", "at night"),
          Map.entry("nighttime", "at nighttime"),
          Map.entry("starlit sky", "against a starlit sky"),
          Map.entry("starry", "against a starry backdrop"),
          Map.entry("midnight", "at midnight"),
          Map.entry("full of stars", "against a backdrop full of stars"),
          Map.entry("dotted with stars", "against a backdrop dotted with stars"),
          Map.entry("after dark", "after dark"),
          Map.entry("water", "over water"),
          Map.entry("rippling water", "over rippling water"),
          Map.entry("pool of water", "over a pool of water"),
          Map.entry("sea", "on the sea"),
          Map.entry("ocean", "on the ocean"),
          Map.entry("lake", "on a lake"),
          Map.entry("pond", "on a pond"),
          Map.entry("waves", "over waves"),
          Map.entry("tiles", "on tiles"),
          Map.entry("tiled floor", "on a tiled floor"),
          Map.entry("tile floor", "on a tile floor"),
          Map.entry("tiling", "on tiling"),
          Map.entry("mosaic", "on a mosaic"),
          Map.entry("checkered floor", "on a checkered floor"),
          Map.entry("tiled", "on a tiled surface"),
          Map.entry("tile", "on tile"));

  private SettingPhrases() {}

  /** The phrase for a background word; throws for a word the vocabulary does not list. */
  static String phrase(String backgroundWord) {
    String phrase = PHRASES.get(backgroundWord);
    if (phrase == null) throw new IllegalArgumentException("no setting phrase for '" + backgroundWord + "'");
    return phrase;
  }
}
