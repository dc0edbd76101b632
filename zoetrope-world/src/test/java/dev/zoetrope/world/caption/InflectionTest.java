package dev.zoetrope.world.caption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.zoetrope.world.caption.Inflection.Form;
import org.junit.jupiter.api.Test;

class InflectionTest {
  @Test
  void regularVerbs() {
    assertEquals("bounces", Inflection.third("bounce"));
    assertEquals("bouncing", Inflection.ing("bounce"));
    assertEquals("spinning", Inflection.ing("spin"));
    assertEquals("hops", Inflection.third("hop"));
    assertEquals("hopping", Inflection.ing("hop"));
    assertEquals("rolls", Inflection.third("roll"));
    assertEquals("rotating", Inflection.ing("rotate"));
    assertEquals("pushes in", Inflection.third("push in"));
    assertEquals("dollies in", Inflection.third("dolly in"));
    assertEquals("exiting", Inflection.ing("exit"));
    assertEquals("entering", Inflection.ing("enter"));
    assertEquals("swelling", Inflection.ing("swell"));
  }

  @Test
  void irregularVerbsAndPhrases() {
    assertEquals("comes into view", Inflection.third("come into view"));
    assertEquals("coming into view", Inflection.ing("come into view"));
    assertEquals("goes", Inflection.third("go"));
    assertEquals("shrinking in size", Inflection.ing("shrink in size"));
    assertEquals("grew", Inflection.verbForms("grow").get(Form.PAST).get(0));
  }

  @Test
  void leaveHasNoPastFormThatWouldReadAsADirection() {
    assertFalse(Inflection.verbForms("leave").containsKey(Form.PAST));
  }

  @Test
  void plurals() {
    assertEquals("balls", Inflection.plural("ball"));
    assertEquals("boxes", Inflection.plural("box"));
    assertEquals("entities", Inflection.plural("entity"));
    assertEquals("tree trunks", Inflection.plural("tree trunk"));
    assertEquals("five pointed stars", Inflection.plural("five pointed star"));
  }
}
