package dev.zoetrope.safety.provenance;

import dev.zoetrope.safety.TestVideos;
import java.nio.file.Path;

/** A provenance identity and a signed clip in a temporary folder, shared by the C2PA tests. */
record SignedClips(ProvenanceKeys keys, Path plain, Path signed) {
  static SignedClips create(Path folder) throws Exception {
    ProvenanceKeys keys = ProvenanceKeys.create(folder.resolve("keys"), "Zoetrope Test", false);
    Path plain = folder.resolve("plain.mp4");
    TestVideos.writeMp4(TestVideos.moving(96, 64, 9, 3), plain, 300_000);
    Path signed = folder.resolve("signed.mp4");
    new C2paWriter(keys, "Zoetrope", "0.1.0").sign(plain, signed, "a red ball");
    return new SignedClips(keys, plain, signed);
  }
}
