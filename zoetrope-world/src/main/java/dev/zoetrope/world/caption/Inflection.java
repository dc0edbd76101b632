package dev.zoetrope.world.caption;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English inflection for the vocabulary's nouns and verbs. Only the head word (the first word of a
 * verb phrase, the last of a noun phrase) is inflected: "come into view" → "comes into view",
 * "tree trunk" → "tree trunks".
 */
final class Inflection {
  /** The grammatical form of one surface phrase. */
  enum Form {
    PLAIN,
    SINGULAR,
    PLURAL,
    BASE,
    THIRD,
    ING,
    PAST
  }

  /** Irregular verbs: lemma → {third, ing, past, participle}; an empty form is not generated. */
  private static final Map<String, List<String>> IRREGULAR =
      Map.ofEntries(
          Map.entry("grow", List.of("grows", "growing", "grew", "grown")),
          Map.entry("shrink", List.of("shrinks", "shrinking", "shrank", "shrunk")),
          Map.entry("come", List.of("comes", "coming", "came", "")),
          Map.entry("go", List.of("goes", "going", "went", "gone")),
          Map.entry("spin", List.of("spins", "spinning", "spun", "")),
          Map.entry("slide", List.of("slides", "sliding", "slid", "")),
          Map.entry("swell", List.of("swells", "swelling", "swelled", "swollen")),
          // "left" would collide with the direction word.
          Map.entry("leave", List.of("leaves", "leaving", "", "")),
          Map.entry("become", List.of("becomes", "becoming", "became", "")),
          Map.entry("rise", List.of("rises", "rising", "", "risen")),
          Map.entry("sink", List.of("sinks", "sinking", "sank", "sunk")),
          Map.entry("fall", List.of("falls", "falling", "fell", "fallen")),
          Map.entry("sit", List.of("sits", "sitting", "sat", "")),
          Map.entry("keep", List.of("keeps", "keeping", "kept", "")),
          Map.entry("hold", List.of("holds", "holding", "held", "")),
          Map.entry("swing", List.of("swings", "swinging", "swung", "")),
          Map.entry("sweep", List.of("sweeps", "sweeping", "swept", "")),
          Map.entry("get", List.of("gets", "getting", "got", "gotten")),
          Map.entry("stand", List.of("stands", "standing", "stood", "")),
          Map.entry("make", List.of("makes", "making", "made", "")),
          Map.entry("do", List.of("does", "doing", "did", "done")),
          Map.entry("emerge", List.of("emerges", "emerging", "emerged", "")),
          Map.entry("run", List.of("runs", "running", "ran", "")),
          Map.entry("fly", List.of("flies", "flying", "flew", "flown")),
          Map.entry("travel", List.of("travels", "travelling", "travelled", "traveled")),
          Map.entry("exit", List.of("exits", "exiting", "exited", "")),
          Map.entry("enter", List.of("enters", "entering", "entered", "")));

  private static final Set<Character> VOWELS = Set.of('a', 'e', 'i', 'o', 'u');

  private Inflection() {}

  /** Every form of a verb phrase whose first word is the verb, keyed by form. */
  static Map<Form, List<String>> verbForms(String lemmaPhrase) {
    int space = lemmaPhrase.indexOf(' ');
    String verb = space < 0 ? lemmaPhrase : lemmaPhrase.substring(0, space);
    String rest = space < 0 ? "" : lemmaPhrase.substring(space);
    List<String> forms = IRREGULAR.getOrDefault(verb, regular(verb));
    Map<Form, List<String>> out = new LinkedHashMap<>();
    out.put(Form.BASE, List.of(lemmaPhrase));
    out.put(Form.THIRD, List.of(forms.get(0) + rest));
    out.put(Form.ING, List.of(forms.get(1) + rest));
    List<String> past =
        forms.subList(2, 4).stream().filter(f -> !f.isEmpty()).distinct().map(f -> f + rest).toList();
    if (!past.isEmpty()) out.put(Form.PAST, past);
    return out;
  }

  /** Third person singular of a verb phrase ("bounce up" → "bounces up"). */
  static String third(String lemmaPhrase) {
    return verbForms(lemmaPhrase).get(Form.THIRD).get(0);
  }

  /** Present participle of a verb phrase ("spin in place" → "spinning in place"). */
  static String ing(String lemmaPhrase) {
    return verbForms(lemmaPhrase).get(Form.ING).get(0);
  }

  /** Plural of a noun phrase, inflecting its last word ("tree trunk" → "tree trunks"). */
  static String plural(String nounPhrase) {
    int space = nounPhrase.lastIndexOf(' ');
    String head = nounPhrase.substring(space + 1);
    return nounPhrase.substring(0, space + 1) + pluralWord(head);
  }

  private static String pluralWord(String noun) {
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("z") || noun.endsWith("ch")
        || noun.endsWith("sh")) {
      return noun + "es";
    }
    if (noun.endsWith("y") && noun.length() > 1 && !VOWELS.contains(noun.charAt(noun.length() - 2))) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }

  private static List<String> regular(String verb) {
    boolean silentE = verb.endsWith("e") && !verb.endsWith("ee");
    String third;
    if (verb.endsWith("s") || verb.endsWith("x") || verb.endsWith("z") || verb.endsWith("ch")
        || verb.endsWith("sh") || verb.endsWith("o")) {
      third = verb + "es";
    } else if (consonantY(verb)) {
      third = verb.substring(0, verb.length() - 1) + "ies";
    } else {
      third = verb + "s";
    }
    String stem;
    if (silentE) {
      stem = verb.substring(0, verb.length() - 1);
    } else if (doublesFinalConsonant(verb)) {
      stem = verb + verb.charAt(verb.length() - 1);
    } else {
      stem = verb;
    }
    String ing = verb.endsWith("ie") ? verb.substring(0, verb.length() - 2) + "ying" : stem + "ing";
    String past;
    if (consonantY(verb)) {
      past = verb.substring(0, verb.length() - 1) + "ied";
    } else if (silentE) {
      past = verb + "d";
    } else {
      past = stem + "ed";
    }
    return List.of(third, ing, past, "");
  }

  private static boolean consonantY(String verb) {
    return verb.endsWith("y") && verb.length() > 1 && !VOWELS.contains(verb.charAt(verb.length() - 2));
  }

  /** One-syllable words ending consonant-vowel-consonant double it: spin → spinning, hop → hopped. */
  private static boolean doublesFinalConsonant(String verb) {
    int n = verb.length();
    if (n < 3) return false;
    char last = verb.charAt(n - 1);
    if (VOWELS.contains(last) || last == 'w' || last == 'x' || last == 'y') return false;
    if (!VOWELS.contains(verb.charAt(n - 2)) || VOWELS.contains(verb.charAt(n - 3))) return false;
    return vowelGroups(verb) == 1;
  }

  private static int vowelGroups(String word) {
    int groups = 0;
    boolean inVowel = false;
    for (char c : word.toCharArray()) {
      boolean vowel = VOWELS.contains(c);
      if (vowel && !inVowel) groups++;
      inVowel = vowel;
    }
    return groups;
  }
}
