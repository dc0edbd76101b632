package dev.zoetrope.safety.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our manifests checked by the official C2PA SDK (c2pa-rs as WebAssembly, npm
 * {@code @contentauth/c2pa-wasm}) under Node, with our root CA as the only trust anchor: the
 * strongest verdict it can give offline is "Trusted".
 */
class C2paSdkValidationTest {
  @TempDir static Path folder;
  static SignedClips clips;
  static Path rootPem;

  @BeforeAll
  static void sign() throws Exception {
    clips = SignedClips.create(folder);
    rootPem = folder.resolve("keys").resolve(ProvenanceKeys.ROOT_CERT);
  }

  @Test
  void sdkTrustsOurManifest() throws Exception {
    JsonNode report = validate(clips.signed(), rootPem);
    assertTrue(report.get("present").asBoolean(), report.toString());
    assertEquals("Trusted", report.get("validation_state").asText(), report.toString());
    assertEquals(0, report.at("/validation_results/activeManifest/failure").size(), report.toString());
    JsonNode manifest = report.get("active_manifest");
    assertEquals(2, manifest.get("claim_version").asInt());
    assertEquals("Zoetrope", manifest.at("/claim_generator_info/0/name").asText());
    assertEquals("0.1.0", manifest.at("/claim_generator_info/0/version").asText());
    JsonNode action = manifest.at("/assertions/0/data/actions/0");
    assertEquals("c2pa.created", action.get("action").asText());
    assertEquals(C2paWriter.TRAINED_ALGORITHMIC_MEDIA, action.get("digitalSourceType").asText());
    assertEquals("Ed25519", manifest.at("/signature_info/alg").asText());
  }

  @Test
  void sdkRejectsAFlippedByteInTheMediaData() throws Exception {
    byte[] file = Files.readAllBytes(clips.signed());
    file[C2paReaderTest.mdatPayload(file) + 40] ^= 0x01;
    Path tampered = folder.resolve("tampered.mp4");
    Files.write(tampered, file);
    JsonNode report = validate(tampered, rootPem);
    assertEquals("Invalid", report.get("validation_state").asText(), report.toString());
    assertTrue(report.toString().contains("assertion.bmffHash.mismatch"), report.toString());
  }

  @Test
  void sdkFindsNothingInAnUnsignedClip() throws Exception {
    JsonNode report = validate(clips.plain(), rootPem);
    assertEquals(false, report.get("present").asBoolean(), report.toString());
  }

  /** Runs scripts/node/validate.mjs; scripts/setup.sh installs its npm package. */
  static JsonNode validate(Path mp4, Path trustAnchor) throws IOException, InterruptedException {
    Path script = repositoryRoot().resolve("scripts/node/validate.mjs");
    if (!Files.isDirectory(script.getParent().resolve("node_modules/@contentauth/c2pa-wasm"))) {
      throw new IllegalStateException("the C2PA SDK is not installed: run scripts/setup.sh (npm install in scripts/node)");
    }
    List<String> command = new ArrayList<>(List.of("node", script.toString(), mp4.toString(), "--trust", trustAnchor.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("node validate.mjs failed: " + output);
    }
    return new ObjectMapper().readTree(output.lines().reduce((first, second) -> second).orElse("{}"));
  }

  static Path repositoryRoot() {
    Path directory = Path.of("").toAbsolutePath();
    while (directory != null && !Files.isDirectory(directory.resolve("scripts/node"))) directory = directory.getParent();
    if (directory == null) throw new IllegalStateException("cannot find scripts/node above " + Path.of("").toAbsolutePath());
    return directory;
  }
}
