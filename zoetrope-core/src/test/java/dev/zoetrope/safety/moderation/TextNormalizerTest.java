package dev.zoetrope.safety.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void undoesSpacingAndPunctuationBetweenLetters() {
    assertEquals("kill", TextNormalizer.normalize("K I L L"));
    assertEquals("kill", TextNormalizer.normalize("k.i.l.l"));
    assertEquals("kill them", TextNormalizer.normalize("k-i-l-l them"));
    assertEquals("a naked", TextNormalizer.normalize("a n a k e d"));
  }

  @Test
  void decodesLeetspeakOnlyInsideWords() {
    assertEquals("kill", TextNormalizer.normalize("k1ll"));
    assertEquals("nazi", TextNormalizer.normalize("n4z!"));
    assertEquals("swastika", TextNormalizer.normalize("sw@$tika"));
    assertEquals("3 cats in 1990", TextNormalizer.normalize("3 cats in 1990"));
  }

  @Test
  void foldsHomoglyphsZeroWidthAndAccents() {
    assertEquals("kill", TextNormalizer.normalize("kіll")); // Cyrillic і
    assertEquals("nude", TextNormalizer.normalize("nսde")); // Armenian ս
    assertEquals("porn", TextNormalizer.normalize("рοrn")); // Cyrillic р, Greek ο
    assertEquals("kill", TextNormalizer.normalize("ki\u200Bl\u200Dl"));
    assertEquals("kill", TextNormalizer.normalize("ｋｉｌｌ")); // fullwidth
    assertEquals("nude", TextNormalizer.normalize("núdé"));
  }

  @Test
  void stretchedLettersHaveAFormThatReadsNormally() {
    assertTrue(TextNormalizer.stretchVariants(TextNormalizer.normalize("kiiiiill")).contains("kill"));
    assertTrue(TextNormalizer.stretchVariants(TextNormalizer.normalize("killllll")).contains("kill"));
    assertTrue(TextNormalizer.stretchVariants("kkk rally").contains("kkk rally"));
  }

  @Test
  void remembersSpelledOutWords() {
    assertEquals(java.util.List.of("nudechild"), TextNormalizer.analyze("a n u d e c h i l d").spelledWords());
  }
}
