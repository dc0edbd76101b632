package dev.zoetrope.safety.moderation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots a person's full name in a prompt without a list of real people: a common given name
 * followed by a capitalised word ("Sarah Thompson"). With a word asking for realistic footage
 * ("video", "photorealistic", "speech") it is treated as a request for a real person's likeness.
 */
final class PersonNames {
  private static final Pattern FULL_NAME = Pattern.compile("\\b([A-Z][a-z]+) ([A-Z][a-z]+)\\b");
  private static final Pattern DEPICTION = Pattern.compile(
      "(?<![a-z])(video|videos|footage|photo|photos|photograph|photorealistic|realistic|real|deepfake|speech|interview|news|live|recording|clip|selfie|portrait|camera|filmed|caught)(?![a-z])");

  /** No name, a name, or a name asked to be shown realistically. */
  enum Finding { NONE, NAME, REALISTIC_DEPICTION }

  private final Set<String> givenNames;

  private PersonNames(Set<String> givenNames) {
    this.givenNames = givenNames;
  }

  static PersonNames standard() {
    try (InputStream in = PersonNames.class.getResourceAsStream("given-names.txt")) {
      if (in == null) throw new IllegalStateException("given-names.txt missing from the classpath");
      Set<String> names = new HashSet<>();
      for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
        if (line.startsWith("#")) continue;
        names.addAll(Arrays.asList(line.trim().toLowerCase(Locale.ROOT).split("\\s+")));
      }
      names.remove("");
      return new PersonNames(Set.copyOf(names));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Finding find(String prompt, String normalized) {
    Matcher matcher = FULL_NAME.matcher(prompt);
    while (matcher.find()) {
      if (givenNames.contains(matcher.group(1).toLowerCase(Locale.ROOT))) {
        return DEPICTION.matcher(normalized).find() ? Finding.REALISTIC_DEPICTION : Finding.NAME;
      }
    }
    return Finding.NONE;
  }
}
