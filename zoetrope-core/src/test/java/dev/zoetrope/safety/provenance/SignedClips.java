package dev.zoetrope.safety.provenance;

import dev.zoetrope.media.Mp4Writer;
import dev.zoetrope.world.render.Renderer;
import dev.zoetrope.world.sample.SceneSampler;
import dev.zoetrope.world.sample.WorldSpec;
import dev.zoetrope.world.scene.RenderSpec;
import java.nio.file.Path;

/** A provenance identity and a signed clip in a temporary folder, shared by the C2PA tests. */
record SignedClips(ProvenanceKeys keys, Path plain, Path signed) {
  static SignedClips create(Path folder) throws Exception {
    ProvenanceKeys keys = ProvenanceKeys.create(folder.resolve("keys"), "Zoetrope Test", false);
    Path plain = folder.resolve("plain.mp4");
    Mp4Writer.write(Renderer.render(new SceneSampler(WorldSpec.full()).sample(3), new RenderSpec(96, 64, 8, 9)).video(), plain);
    Path signed = folder.resolve("signed.mp4");
    new C2paWriter(keys, "Zoetrope", "0.1.0").sign(plain, signed, "a red ball");
    return new SignedClips(keys, plain, signed);
  }
}
