package dev.zoetrope.safety.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class C2paReaderTest {
  @TempDir static Path folder;
  static SignedClips clips;

  @BeforeAll
  static void sign() throws Exception {
    clips = SignedClips.create(folder);
  }

  @Test
  void signedClipIsValidTrustedAndNamesTheGenerator() throws Exception {
    C2paStatus status = C2paReader.read(clips.signed(), clips.keys().root());
    assertEquals(List.of(), status.problems());
    assertTrue(status.present() && status.valid() && status.trusted());
    assertEquals("Zoetrope/0.1.0", status.generator());
    assertEquals(C2paWriter.TRAINED_ALGORITHMIC_MEDIA, status.digitalSourceType());
  }

  @Test
  void plainClipHasNoManifest() throws Exception {
    assertFalse(C2paReader.read(clips.plain(), null).present());
  }

  @Test
  void changedMediaDataBreaksTheHardBinding() throws Exception {
    byte[] file = Files.readAllBytes(clips.signed());
    file[mdatPayload(file) + 40] ^= 0x01;
    C2paStatus status = C2paReader.read(file, clips.keys().root());
    assertTrue(status.present());
    assertFalse(status.valid());
    assertTrue(status.problems().toString().contains("media hash mismatch"), status.problems().toString());
  }

  @Test
  void anotherRootDoesNotTrustTheSigner() throws Exception {
    ProvenanceKeys stranger = ProvenanceKeys.create(folder.resolve("stranger"), "Stranger", false);
    C2paStatus status = C2paReader.read(clips.signed(), stranger.root());
    assertTrue(status.valid());
    assertFalse(status.trusted());
  }

  @Test
  void keysReloadFromDisk() {
    ProvenanceKeys loaded = ProvenanceKeys.load(folder.resolve("keys"));
    assertEquals(clips.keys().signer(), loaded.signer());
    assertEquals(clips.keys().root(), loaded.root());
  }

  static int mdatPayload(byte[] file) {
    for (IsoBmff.Box box : IsoBmff.topLevel(file)) {
      if (box.type().equals("mdat")) return (int) box.offset() + box.headerSize();
    }
    throw new AssertionError("no mdat");
  }
}
