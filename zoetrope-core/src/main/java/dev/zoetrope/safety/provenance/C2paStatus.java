package dev.zoetrope.safety.provenance;

import java.util.List;

/**
 * What a C2PA check found in a file.
 *
 * @param present a C2PA manifest store is embedded
 * @param valid the claim signature, every assertion hash and the hard binding to the media hold
 * @param trusted the signer certificate chains to the given trust anchor
 * @param generator the claim generator, "name/version" ({@code null} when absent)
 * @param digitalSourceType of the {@code c2pa.created} action ({@code null} when absent)
 * @param problems why the manifest is not valid or not trusted (empty when it is both)
 */
public record C2paStatus(
    boolean present, boolean valid, boolean trusted, String generator, String digitalSourceType, List<String> problems) {
  public C2paStatus {
    problems = List.copyOf(problems);
    if (trusted && !valid) throw new IllegalArgumentException("an invalid manifest cannot be trusted");
  }

  public static C2paStatus absent() {
    return new C2paStatus(false, false, false, null, null, List.of());
  }
}
