package dev.zoetrope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zoetrope.world.caption.CaptionParser;
import dev.zoetrope.world.scene.Background;
import dev.zoetrope.world.scene.MotionKind;
import dev.zoetrope.world.scene.SceneFacts;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PromptCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void expandPrintsACaptionThatKeepsThePrompt() {
    Run r = run("prompt", "expand", "--seed", "4", "a", "red", "ball", "bouncing", "on", "the", "beach");
    assertEquals(0, r.code(), r.err());
    SceneFacts facts = CaptionParser.parse(r.out());
    assertEquals(MotionKind.BOUNCE, facts.objects().get(0).motion());
    assertEquals(Background.SAND, facts.background());
    assertEquals(r.out(), run("prompt", "expand", "--seed", "4", "a red ball bouncing on the beach").out());
  }

  @Test
  void expandJsonCarriesTheCompleteFacts() throws Exception {
    Run r = run("prompt", "expand", "--json", "two creatures");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.get("facts").get("objects").size());
    assertEquals("CREATURE", json.get("facts").get("objects").get(1).get("shape").asText());
    assertTrue(json.get("caption").asText().length() > 100);
  }

  @Test
  void parsePrintsStatedFactsOnly() throws Exception {
    Run r = run("prompt", "parse", "the camera pans left");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("PAN_LEFT", json.get("camera").asText());
    assertTrue(json.get("background").isNull());
  }

  @Test
  void anEmptyPromptIsBadInput() {
    Run r = run("prompt", "expand", " ");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("the prompt is empty"), r.err());
  }

  @Test
  void givenFramesAreAnImageOrAVideoNotBoth() {
    Run both = run("prompt", "expand", "--image", "a.png", "--video", "b.mp4", "a ball");
    assertEquals(2, both.code());
    assertTrue(both.err().contains("give --image or --video, not both"), both.err());
  }
}
