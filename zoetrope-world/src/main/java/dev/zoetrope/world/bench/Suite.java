package dev.zoetrope.world.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A frozen prompt suite: one JSON object per line (JSONL) with id, prompt, seed, size, seconds,
 * fps, mode, inputs and expected facts. The suites shipped with Zoetrope live in the jar under
 * {@code suites/NAME.jsonl} and are loaded by name.
 */
public record Suite(String name, List<SuiteEntry> entries) {
  /** The suites in the jar. */
  public static final List<String> BUILT_IN =
      List.of("in_distribution", "held_out", "long", "paraphrase", "i2v", "extend", "connect");
  private static final ObjectMapper JSON = new ObjectMapper();

  public Suite {
    entries = List.copyOf(entries);
    if (entries.isEmpty()) throw new IllegalArgumentException("suite " + name + " is empty");
    Set<String> ids = new HashSet<>();
    for (SuiteEntry e : entries) {
      if (!ids.add(e.id())) throw new IllegalArgumentException("suite " + name + " repeats id " + e.id());
    }
  }

  /** A built-in suite by name, or a .jsonl file when {@code nameOrPath} is a path to one. */
  public static Suite load(String nameOrPath) throws IOException {
    Path path = Path.of(nameOrPath);
    if (nameOrPath.endsWith(".jsonl") && Files.exists(path)) {
      try (Reader reader = Files.newBufferedReader(path)) {
        return read(path.getFileName().toString().replace(".jsonl", ""), reader);
      }
    }
    if (!BUILT_IN.contains(nameOrPath)) {
      throw new IllegalArgumentException("unknown suite '" + nameOrPath + "'; built-in suites: " + String.join(", ", BUILT_IN)
          + " (or a path to a .jsonl file)");
    }
    try (InputStream in = Suite.class.getResourceAsStream("/suites/" + nameOrPath + ".jsonl")) {
      if (in == null) throw new IOException("suite resource suites/" + nameOrPath + ".jsonl is missing from the jar");
      return read(nameOrPath, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  static Suite read(String name, Reader reader) throws IOException {
    List<SuiteEntry> entries = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) continue;
      try {
        entries.add(entry(JSON.readTree(line)));
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException("suite " + name + " line " + number + ": " + e.getMessage(), e);
      }
    }
    return new Suite(name, entries);
  }

  /** The suite as JSONL text (one entry per line, fields in a fixed order). */
  public String toJsonl() {
    StringBuilder out = new StringBuilder();
    for (SuiteEntry e : entries) {
      try {
        out.append(JSON.writeValueAsString(line(e))).append('\n');
      } catch (IOException ex) {
        throw new IllegalStateException(ex);
      }
    }
    return out.toString();
  }

  static ObjectNode line(SuiteEntry e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", e.id());
    node.put("prompt", e.prompt());
    node.put("seed", e.seed());
    node.put("size", e.size());
    node.put("seconds", e.seconds());
    node.put("fps", e.fps());
    node.put("mode", e.mode().key());
    ArrayNode inputs = node.putArray("inputs");
    for (ClipWindow w : e.inputs()) inputs.addObject().put("from", w.from()).put("to", w.to());
    node.set("expected", FactsJson.write(e.expected()));
    return node;
  }

  private static SuiteEntry entry(JsonNode node) {
    String size = text(node, "size");
    String[] parts = size.split("x");
    if (parts.length != 2) throw new IllegalArgumentException("size must be WIDTHxHEIGHT, got " + size);
    List<ClipWindow> inputs = new ArrayList<>();
    for (JsonNode w : node.path("inputs")) inputs.add(new ClipWindow(w.path("from").asDouble(), w.path("to").asDouble()));
    return new SuiteEntry(
        text(node, "id"),
        text(node, "prompt"),
        node.path("seed").asLong(),
        Integer.parseInt(parts[0]),
        Integer.parseInt(parts[1]),
        node.path("seconds").asDouble(),
        node.path("fps").asDouble(8),
        Mode.of(text(node, "mode")),
        inputs,
        FactsJson.read(node.get("expected")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) throw new IllegalArgumentException("missing \"" + field + "\"");
    return value.asText();
  }
}
