package dev.zoetrope.safety.provenance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and validates the active C2PA manifest of an MP4: the COSE signature over the claim, the
 * hash of every referenced assertion, the {@code c2pa.hash.bmff.v2} binding to the file, the
 * {@code c2pa.created} action and, when a trust anchor is given, the signer's certificate chain.
 * Covers what this project writes; manifests using features beyond that are reported invalid
 * with the reason rather than guessed at.
 */
public final class C2paReader {
  private static final String C2PA_SIGNING_EKU = "1.3.6.1.4.1.62558.2.1";
  private static final String EMAIL_PROTECTION_EKU = "1.3.6.1.5.5.7.3.4";

  private C2paReader() {}

  public static C2paStatus read(Path mp4, X509Certificate trustAnchor) throws IOException {
    return read(Files.readAllBytes(mp4), trustAnchor);
  }

  /** Validates {@code file}; {@code trustAnchor} may be null (then nothing is trusted). */
  public static C2paStatus read(byte[] file, X509Certificate trustAnchor) {
    List<IsoBmff.Box> c2paBoxes;
    try {
      c2paBoxes = IsoBmff.topLevel(file).stream().filter(IsoBmff.Box::isC2pa).toList();
    } catch (IllegalArgumentException e) {
      return new C2paStatus(false, false, false, null, null, List.of("not an MP4: " + e.getMessage()));
    }
    if (c2paBoxes.isEmpty()) return C2paStatus.absent();
    List<String> problems = new ArrayList<>();
    if (c2paBoxes.size() > 1) problems.add("more than one C2PA box");
    try {
      return validate(file, c2paBoxes.get(0), trustAnchor, problems);
    } catch (RuntimeException e) {
      problems.add("malformed manifest: " + e.getMessage());
      return new C2paStatus(true, false, false, null, null, problems);
    }
  }

  private static C2paStatus validate(byte[] file, IsoBmff.Box box, X509Certificate anchor, List<String> problems) {
    Jumbf.SuperBox store = Jumbf.parse(IsoBmff.manifestStoreOf(file, box));
    if (!store.typeUuid().equals(Jumbf.MANIFEST_STORE)) throw new IllegalArgumentException("not a C2PA manifest store");
    List<Jumbf.SuperBox> manifests = store.superBoxes();
    if (manifests.isEmpty()) throw new IllegalArgumentException("empty manifest store");
    Jumbf.SuperBox manifest = manifests.get(manifests.size() - 1); // the active manifest is the last
    Jumbf.SuperBox claimBox = manifest.child(C2paWriter.CLAIM)
        .or(() -> manifest.child("c2pa.claim"))
        .orElseThrow(() -> new IllegalArgumentException("manifest has no claim"));
    byte[] claimBytes = claimBox.content();
    Map<?, ?> claim = (Map<?, ?>) Cbor.decode(claimBytes);
    String generator = generator(claim);
    Jumbf.SuperBox assertionStore = manifest.child(C2paWriter.ASSERTIONS)
        .orElseThrow(() -> new IllegalArgumentException("manifest has no assertion store"));

    Cose.Verified signature = null;
    try {
      byte[] cose = manifest.child(C2paWriter.SIGNATURE).orElseThrow(() -> new IllegalArgumentException("no signature box")).content();
      signature = Cose.verify(cose, claimBytes);
    } catch (IllegalArgumentException e) {
      problems.add("signature: " + e.getMessage());
    }
    checkAssertionHashes(claim, assertionStore, problems);
    checkHardBinding(file, assertionStore, problems);
    String sourceType = createdSourceType(assertionStore, problems);
    boolean valid = problems.isEmpty();
    boolean trusted = valid && signature != null && trusted(signature.chain(), anchor, problems);
    return new C2paStatus(true, valid, trusted, generator, sourceType, problems);
  }

  private static void checkAssertionHashes(Map<?, ?> claim, Jumbf.SuperBox store, List<String> problems) {
    List<Object> references = new ArrayList<>();
    for (String field : List.of("created_assertions", "gathered_assertions", "assertions")) {
      if (claim.get(field) instanceof List<?> list) references.addAll(list);
    }
    if (references.isEmpty()) problems.add("claim references no assertions");
    for (Object reference : references) {
      Map<?, ?> hashedUri = (Map<?, ?>) reference;
      String url = (String) hashedUri.get("url");
      String label = url.substring(url.lastIndexOf('/') + 1);
      var assertion = store.child(label);
      if (assertion.isEmpty()) {
        problems.add("assertion missing: " + label);
      } else if (!MessageDigest.isEqual(IsoBmff.sha256().digest(assertion.get().payload()), (byte[]) hashedUri.get("hash"))) {
        problems.add("assertion hash mismatch: " + label);
      }
    }
  }

  private static void checkHardBinding(byte[] file, Jumbf.SuperBox store, List<String> problems) {
    var binding = store.child(C2paWriter.BMFF_HASH);
    if (binding.isEmpty()) {
      problems.add("no c2pa.hash.bmff.v2 hard binding");
      return;
    }
    Map<?, ?> hash = (Map<?, ?>) Cbor.decode(binding.get().content());
    Object alg = hash.get("alg");
    if (alg != null && !"sha256".equals(alg)) {
      problems.add("unsupported hash algorithm " + alg);
      return;
    }
    byte[] actual = IsoBmff.hashV2(file, BmffExclusions.fromCbor(hash.get("exclusions")));
    if (!MessageDigest.isEqual(actual, (byte[]) hash.get("hash"))) {
      problems.add("media hash mismatch: the video was changed after signing");
    }
  }

  private static String createdSourceType(Jumbf.SuperBox store, List<String> problems) {
    var actions = store.child(C2paWriter.ACTIONS).or(() -> store.child("c2pa.actions"));
    if (actions.isEmpty()) {
      problems.add("no c2pa.actions assertion");
      return null;
    }
    Map<?, ?> data = (Map<?, ?>) Cbor.decode(actions.get().content());
    List<?> list = (List<?>) data.get("actions");
    if (list == null || list.isEmpty() || !"c2pa.created".equals(((Map<?, ?>) list.get(0)).get("action"))) {
      problems.add("first action is not c2pa.created");
      return null;
    }
    return (String) ((Map<?, ?>) list.get(0)).get("digitalSourceType");
  }

  private static String generator(Map<?, ?> claim) {
    Object info = claim.get("claim_generator_info");
    if (info instanceof List<?> list && !list.isEmpty()) info = list.get(0);
    if (info instanceof Map<?, ?> map && map.get("name") != null) {
      return map.get("version") == null ? (String) map.get("name") : map.get("name") + "/" + map.get("version");
    }
    return claim.get("claim_generator") instanceof String text ? text : null;
  }

  private static boolean trusted(List<X509Certificate> chain, X509Certificate anchor, List<String> problems) {
    if (anchor == null) {
      problems.add("no trust anchor given");
      return false;
    }
    X509Certificate signer = chain.get(0);
    try {
      signer.checkValidity();
      X509Certificate issuer = signer;
      for (X509Certificate next : chain.subList(1, chain.size())) {
        issuer.verify(next.getPublicKey());
        issuer = next;
      }
      if (!issuer.equals(anchor)) issuer.verify(anchor.getPublicKey());
      List<String> usages = signer.getExtendedKeyUsage();
      if (usages == null || !(usages.contains(C2PA_SIGNING_EKU) || usages.contains(EMAIL_PROTECTION_EKU))) {
        problems.add("signer certificate lacks a C2PA signing extended key usage");
        return false;
      }
      return true;
    } catch (GeneralSecurityException e) {
      problems.add("signer does not chain to the trust anchor: " + e.getMessage());
      return false;
    } catch (RuntimeException e) {
      problems.add("signer certificate unreadable: " + e.getMessage());
      return false;
    }
  }
}
