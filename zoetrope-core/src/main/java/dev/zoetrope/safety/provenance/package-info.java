/**
 * C2PA content credentials written and read without a C2PA library: CBOR (RFC 8949), JUMBF
 * (ISO/IEC 19566-5), COSE_Sign1 (RFC 9052, x5chain per RFC 9360), the ISO BMFF {@code uuid} box and
 * {@code c2pa.hash.bmff.v2} hard binding, claim v2 (C2PA technical specification 2.x).
 */
package dev.zoetrope.safety.provenance;
