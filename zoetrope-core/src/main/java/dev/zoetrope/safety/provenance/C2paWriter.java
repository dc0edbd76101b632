package dev.zoetrope.safety.provenance;

import dev.zoetrope.media.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs an MP4 with a C2PA manifest (C2PA spec 2.x, claim v2): a {@code c2pa.actions.v2} assertion
 * saying the video was created by a trained model, a {@code c2pa.hash.bmff.v2} hard binding over
 * every box but the manifest itself, a claim naming the generator, and a COSE_Sign1 signature. The
 * manifest store goes into a {@code uuid} box right after {@code ftyp}.
 */
public final class C2paWriter {
  /** IPTC digital source type for media made by a trained model. */
  public static final String TRAINED_ALGORITHMIC_MEDIA =
      "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
  static final String ACTIONS = "c2pa.actions.v2";
  static final String BMFF_HASH = "c2pa.hash.bmff.v2";
  static final String CLAIM = "c2pa.claim.v2";
  static final String SIGNATURE = "c2pa.signature";
  static final String ASSERTIONS = "c2pa.assertions";

  private final ProvenanceKeys keys;
  private final String generatorName;
  private final String generatorVersion;

  public C2paWriter(ProvenanceKeys keys, String generatorName, String generatorVersion) {
    if (generatorName.isBlank() || generatorVersion.isBlank()) throw new IllegalArgumentException("generator name and version are required");
    this.keys = keys;
    this.generatorName = generatorName;
    this.generatorVersion = generatorVersion;
  }

  /** Signs {@code input} into {@code output} (written to a temporary file, then renamed). */
  public void sign(Path input, Path output, String title) throws IOException {
    byte[] signed = sign(Files.readAllBytes(input), title);
    Path temporary = AtomicFiles.temporarySibling(output);
    try {
      Files.write(temporary, signed);
      AtomicFiles.commit(temporary, output);
    } finally {
      AtomicFiles.discard(temporary);
    }
  }

  /**
   * Returns the signed file. The manifest's size does not depend on the hash it carries, so we
   * insert a store built with a zero hash, hash the result, then overwrite the store in place.
   */
  public byte[] sign(byte[] mp4, String title) {
    String label = "urn:c2pa:" + UUID.randomUUID();
    String instanceId = "xmp:iid:" + UUID.randomUUID();
    byte[] placeholder = manifestStore(label, instanceId, title, new byte[32]);
    int storeOffset = (int) IsoBmff.topLevel(mp4).get(0).end() + IsoBmff.c2paBox(placeholder).length - placeholder.length;
    byte[] file = IsoBmff.insertAfterFtyp(mp4, IsoBmff.c2paBox(placeholder));
    byte[] hash = IsoBmff.hashV2(file, BmffExclusions.defaults());
    byte[] store = manifestStore(label, instanceId, title, hash);
    if (store.length != placeholder.length) {
      throw new IllegalStateException("manifest size changed while signing: " + placeholder.length + " -> " + store.length);
    }
    System.arraycopy(store, 0, file, storeOffset, store.length);
    return file;
  }

  private byte[] manifestStore(String label, String instanceId, String title, byte[] mediaHash) {
    Jumbf.SuperBox actions = Jumbf.cbor(Jumbf.CBOR_ASSERTION, ACTIONS, Cbor.encode(actions()));
    Jumbf.SuperBox binding = Jumbf.cbor(Jumbf.CBOR_ASSERTION, BMFF_HASH, Cbor.encode(Cbor.map(
        "exclusions", BmffExclusions.defaults().toCbor(),
        "alg", "sha256",
        "hash", mediaHash,
        "name", "jumbf manifest")));
    List<Object> created = new ArrayList<>();
    for (Jumbf.SuperBox assertion : List.of(actions, binding)) {
      created.add(Cbor.map(
          "url", manifestUri(label) + "/" + ASSERTIONS + "/" + assertion.label(),
          "hash", IsoBmff.sha256().digest(assertion.payload())));
    }
    Map<Object, Object> claim = Cbor.map(
        "instanceID", instanceId,
        "claim_generator_info", Cbor.map("name", generatorName, "version", generatorVersion),
        "signature", manifestUri(label) + "/" + SIGNATURE,
        "created_assertions", created);
    if (title != null && !title.isBlank()) claim.put("dc:title", title);
    claim.put("alg", "sha256");
    byte[] claimBytes = Cbor.encode(claim);
    byte[] signature = Cose.sign(claimBytes, keys.signerKey(), keys.chain());
    Jumbf.SuperBox manifest = new Jumbf.SuperBox(Jumbf.MANIFEST, label, List.of(
        new Jumbf.SuperBox(Jumbf.ASSERTION_STORE, ASSERTIONS, List.of(actions, binding)),
        Jumbf.cbor(Jumbf.CLAIM, CLAIM, claimBytes),
        Jumbf.cbor(Jumbf.SIGNATURE, SIGNATURE, signature)));
    return new Jumbf.SuperBox(Jumbf.MANIFEST_STORE, "c2pa", List.of(manifest)).bytes();
  }

  private Map<Object, Object> actions() {
    return Cbor.map("actions", List.of(Cbor.map(
        "action", "c2pa.created",
        "digitalSourceType", TRAINED_ALGORITHMIC_MEDIA,
        "softwareAgent", Cbor.map("name", generatorName, "version", generatorVersion))));
  }

  static String manifestUri(String label) {
    return "self#jumbf=/c2pa/" + label;
  }
}
