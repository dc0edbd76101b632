package dev.zoetrope.cli;

import dev.zoetrope.safety.Provenance;
import dev.zoetrope.safety.provenance.ProvenanceKeys;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code zoetrope keys provenance init}: creates the root CA and the C2PA signer certificate. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Create an Ed25519 root CA and a signer certificate it issues (C2PA claim-signing profile).",
      "Writes root-ca.pem, root-ca.key, signer.pem and signer.key in DIR. Give root-ca.pem to validators as a"
          + " trust anchor."
    },
    footer = {"", "Examples:", "  zoetrope keys provenance init", "  zoetrope keys provenance init --dir ./provenance --force"})
public final class KeysProvenanceInitCommand implements Callable<Integer> {
  @Option(names = "--dir", paramLabel = "DIR", description = "Key folder (default: $ZOETROPE_PROVENANCE_DIR or ~/.zoetrope/provenance).")
  Path dir;

  @Option(names = "--organisation", defaultValue = "Zoetrope", description = "Organisation named in the certificates (default: ${DEFAULT-VALUE}).")
  String organisation;

  @Option(names = "--force", description = "Replace existing keys (videos signed before stay valid but chain to the old root).")
  boolean force;

  @Override
  public Integer call() throws Exception {
    if (organisation.isBlank() || organisation.matches(".*[,=+<>#;\"\\\\].*")) {
      throw new IllegalArgumentException("--organisation must be plain text without , = + < > # ; \" \\");
    }
    Path folder = dir == null ? Provenance.keysDirectory() : dir;
    ProvenanceKeys keys = ProvenanceKeys.create(folder, organisation, force);
    byte[] fingerprint = MessageDigest.getInstance("SHA-256").digest(keys.root().getEncoded());
    System.out.println("provenance keys written to " + folder.toAbsolutePath());
    System.out.println("  signer: " + keys.signer().getSubjectX500Principal().getName() + " (valid until " + keys.signer().getNotAfter().toInstant() + ")");
    System.out.println("  root CA SHA-256: " + HexFormat.ofDelimiter(":").withUpperCase().formatHex(fingerprint));
    System.out.println("  trust anchor for validators: " + folder.resolve(ProvenanceKeys.ROOT_CERT).toAbsolutePath());
    return 0;
  }
}
