package dev.zoetrope.safety.provenance;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * COSE_Sign1 (RFC 9052) with a detached payload, as C2PA signs claims: the protected header holds
 * the algorithm and the x5chain (RFC 9360, signer first); the signature covers the
 * Sig_structure ["Signature1", protected, external_aad = h'', claim bytes].
 */
public final class Cose {
  private static final long TAG_SIGN1 = 18;
  private static final long HEADER_ALG = 1;
  private static final long HEADER_X5CHAIN = 33;

  private Cose() {}

  /** The signature algorithms we sign with. */
  public enum Algorithm {
    ED25519(-8, "Ed25519"),
    ES256(-7, "SHA256withECDSAinP1363Format");

    final long coseId;
    final String jcaName;

    Algorithm(long coseId, String jcaName) {
      this.coseId = coseId;
      this.jcaName = jcaName;
    }

    static Algorithm forKey(java.security.Key key) {
      return switch (key.getAlgorithm()) {
        case "Ed25519", "EdDSA" -> ED25519;
        case "EC" -> ES256;
        default -> throw new IllegalArgumentException("unsupported signing key " + key.getAlgorithm());
      };
    }

    static Algorithm forCoseId(long id) {
      for (Algorithm algorithm : values()) if (algorithm.coseId == id) return algorithm;
      throw new IllegalArgumentException("unsupported COSE algorithm " + id);
    }
  }

  /** A verified signature: its algorithm and certificate chain (signer first). */
  public record Verified(Algorithm algorithm, List<X509Certificate> chain) {}

  public static byte[] sign(byte[] payload, PrivateKey key, List<X509Certificate> chain) {
    Algorithm algorithm = Algorithm.forKey(key);
    List<Object> certificates = new ArrayList<>();
    try {
      for (X509Certificate certificate : chain) certificates.add(certificate.getEncoded());
      byte[] protectedHeader = Cbor.encode(Cbor.map(HEADER_ALG, algorithm.coseId, HEADER_X5CHAIN, certificates));
      Signature signer = Signature.getInstance(algorithm.jcaName);
      signer.initSign(key);
      signer.update(toBeSigned(protectedHeader, payload));
      byte[] signature = signer.sign();
      return Cbor.encode(new Cbor.Tagged(TAG_SIGN1, java.util.Arrays.asList(protectedHeader, Map.of(), null, signature)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("COSE signing failed: " + e.getMessage(), e);
    }
  }

  /** Checks the signature over {@code payload}; throws with the reason when it does not hold. */
  public static Verified verify(byte[] coseSign1, byte[] payload) {
    Object decoded = Cbor.decode(coseSign1);
    if (decoded instanceof Cbor.Tagged tagged) {
      if (tagged.tag() != TAG_SIGN1) throw new IllegalArgumentException("COSE tag " + tagged.tag() + " is not Sign1");
      decoded = tagged.value();
    }
    if (!(decoded instanceof List<?> parts) || parts.size() != 4) {
      throw new IllegalArgumentException("COSE_Sign1 is not a 4-element array");
    }
    byte[] protectedHeader = (byte[]) parts.get(0);
    Map<?, ?> header = (Map<?, ?>) Cbor.decode(protectedHeader);
    Algorithm algorithm = Algorithm.forCoseId((Long) header.get(HEADER_ALG));
    Object x5chain = header.get(HEADER_X5CHAIN);
    if (x5chain == null && parts.get(1) instanceof Map<?, ?> unprotected) x5chain = unprotected.get(HEADER_X5CHAIN);
    List<X509Certificate> chain = certificates(x5chain);
    try {
      Signature verifier = Signature.getInstance(algorithm.jcaName);
      PublicKey key = chain.get(0).getPublicKey();
      verifier.initVerify(key);
      verifier.update(toBeSigned(protectedHeader, payload));
      if (!verifier.verify((byte[]) parts.get(3))) throw new IllegalArgumentException("claim signature does not match");
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("claim signature cannot be checked: " + e.getMessage(), e);
    }
    return new Verified(algorithm, chain);
  }

  private static byte[] toBeSigned(byte[] protectedHeader, byte[] payload) {
    return Cbor.encode(List.of("Signature1", protectedHeader, new byte[0], payload));
  }

  private static List<X509Certificate> certificates(Object x5chain) {
    List<byte[]> encoded = new ArrayList<>();
    if (x5chain instanceof byte[] single) encoded.add(single);
    else if (x5chain instanceof List<?> list) for (Object item : list) encoded.add((byte[]) item);
    if (encoded.isEmpty()) throw new IllegalArgumentException("COSE signature carries no x5chain");
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> chain = new ArrayList<>();
      for (byte[] der : encoded) chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
      return chain;
    } catch (CertificateException e) {
      throw new IllegalArgumentException("x5chain holds an unreadable certificate", e);
    }
  }
}
