package dev.zoetrope.safety.provenance;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The signing identity for C2PA manifests: a root CA and a signer certificate it issues, both
 * Ed25519. The signer certificate follows the C2PA certificate profile (C2PA spec §14.5): v3, not
 * self-signed, key usage digitalSignature only, extended key usage c2pa-kp-claimSigning (and
 * emailProtection for older validators), authority and subject key identifiers. Validators trust
 * the manifests once they are given {@code root-ca.pem} as a trust anchor.
 *
 * <p>Files in the directory: {@code root-ca.pem}, {@code root-ca.key}, {@code signer.pem},
 * {@code signer.key} (keys as PKCS#8 PEM, readable by the owner only).
 */
public record ProvenanceKeys(PrivateKey signerKey, X509Certificate signer, X509Certificate root) {
  /** id-kp-c2pa-claimSigning (C2PA spec, "Extended Key Usage"). */
  private static final KeyPurposeId C2PA_CLAIM_SIGNING = KeyPurposeId.getInstance(
      new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.4.1.62558.2.1"));
  public static final String ROOT_CERT = "root-ca.pem";
  public static final String ROOT_KEY = "root-ca.key";
  public static final String SIGNER_CERT = "signer.pem";
  public static final String SIGNER_KEY = "signer.key";

  /** The default directory, {@code ~/.zoetrope/provenance}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".zoetrope", "provenance");
  }

  /** The certificate chain a signature carries: the signer only; the root is the trust anchor. */
  public List<X509Certificate> chain() {
    return List.of(signer);
  }

  public static boolean exist(Path directory) {
    return Files.isRegularFile(directory.resolve(SIGNER_KEY)) && Files.isRegularFile(directory.resolve(SIGNER_CERT));
  }

  /** Creates a new root and signer under {@code directory}; refuses to overwrite unless asked. */
  public static ProvenanceKeys create(Path directory, String organisation, boolean overwrite) {
    if (exist(directory) && !overwrite) {
      throw new IllegalArgumentException("provenance keys already exist in " + directory + " (use --force to replace them)");
    }
    try {
      KeyPair rootPair = ed25519();
      KeyPair signerPair = ed25519();
      Instant now = Instant.now();
      X500Name rootName = new X500Name("CN=" + organisation + " Provenance Root CA,O=" + organisation);
      X500Name signerName = new X500Name("CN=" + organisation + " Content Credentials,O=" + organisation);
      X509Certificate root = rootCertificate(rootPair, rootName, now);
      X509Certificate signer = signerCertificate(signerPair, signerName, rootPair.getPrivate(), root, now);
      Files.createDirectories(directory);
      writeAtomically(directory.resolve(ROOT_KEY), pem(rootPair.getPrivate()), true);
      writeAtomically(directory.resolve(ROOT_CERT), pem(root), false);
      writeAtomically(directory.resolve(SIGNER_KEY), pem(signerPair.getPrivate()), true);
      writeAtomically(directory.resolve(SIGNER_CERT), pem(signer), false);
      return new ProvenanceKeys(signerPair.getPrivate(), signer, root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write provenance keys to " + directory, e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create provenance keys: " + e.getMessage(), e);
    }
  }

  /** Loads the signer key and certificates from {@code directory}. */
  public static ProvenanceKeys load(Path directory) {
    if (!exist(directory)) {
      throw new IllegalArgumentException("no provenance keys in " + directory + "; run: zoetrope keys provenance init");
    }
    try {
      PrivateKey key = readKey(directory.resolve(SIGNER_KEY));
      X509Certificate signer = readCertificate(directory.resolve(SIGNER_CERT));
      X509Certificate root = readCertificate(directory.resolve(ROOT_CERT));
      return new ProvenanceKeys(key, signer, root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read provenance keys from " + directory, e);
    }
  }

  /** Loads the keys, creating them on first use so generation always signs. */
  public static ProvenanceKeys loadOrCreate(Path directory) {
    synchronized (ProvenanceKeys.class) {
      return exist(directory) ? load(directory) : create(directory, "Zoetrope", false);
    }
  }

  private static X509Certificate rootCertificate(KeyPair pair, X500Name name, Instant now)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
        name, serial(), Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(3650))),
        name, pair.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
    builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(pair.getPublic()));
    return sign(builder, pair.getPrivate());
  }

  private static X509Certificate signerCertificate(
      KeyPair pair, X500Name name, PrivateKey issuerKey, X509Certificate issuer, Instant now)
      throws GeneralSecurityException, OperatorCreationException, IOException {
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
        issuer, serial(), Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(730))),
        name, pair.getPublic());
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    builder.addExtension(Extension.extendedKeyUsage, false,
        new ExtendedKeyUsage(new KeyPurposeId[] {C2PA_CLAIM_SIGNING, KeyPurposeId.id_kp_emailProtection}));
    builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
    builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer));
    return sign(builder, issuerKey);
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("Ed25519").build(key)));
  }

  private static KeyPair ed25519() throws GeneralSecurityException {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  private static BigInteger serial() {
    return new BigInteger(127, new SecureRandom()).add(BigInteger.ONE); // positive, at most 16 bytes
  }

  private static String pem(Object object) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    }
    return text.toString();
  }

  private static PrivateKey readKey(Path file) throws IOException {
    try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file)))) {
      Object object = parser.readObject();
      if (!(object instanceof PrivateKeyInfo info)) throw new IllegalArgumentException(file + " is not a PKCS#8 private key");
      return new JcaPEMKeyConverter().getPrivateKey(info);
    }
  }

  public static X509Certificate readCertificate(Path file) throws IOException {
    try (PEMParser parser = new PEMParser(new StringReader(Files.readString(file)))) {
      Object object = parser.readObject();
      if (!(object instanceof X509CertificateHolder holder)) throw new IllegalArgumentException(file + " is not a certificate");
      return new JcaX509CertificateConverter().getCertificate(holder);
    } catch (java.security.cert.CertificateException e) {
      throw new IllegalArgumentException(file + " holds an unreadable certificate", e);
    }
  }

  private static void writeAtomically(Path file, String text, boolean secret) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
    try {
      if (secret) {
        try {
          Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: rely on the directory's permissions.
        }
      }
      Files.writeString(temporary, text);
      try {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
