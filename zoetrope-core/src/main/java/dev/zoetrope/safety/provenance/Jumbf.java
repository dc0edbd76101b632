package dev.zoetrope.safety.provenance;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * JUMBF (ISO/IEC 19566-5) boxes as C2PA uses them: a superbox {@code jumb} starts with a description
 * box {@code jumd} (content-type UUID, toggles, label) followed by child boxes; content boxes such as
 * {@code cbor} carry the data.
 */
public final class Jumbf {
  /** C2PA content-type UUIDs (C2PA spec, "JUMBF" and "Assertion store"). */
  public static final String MANIFEST_STORE = "6332706100110010800000AA00389B71"; // c2pa
  public static final String MANIFEST = "63326D6100110010800000AA00389B71"; // c2ma
  public static final String ASSERTION_STORE = "6332617300110010800000AA00389B71"; // c2as
  public static final String CLAIM = "6332636C00110010800000AA00389B71"; // c2cl
  public static final String SIGNATURE = "6332637300110010800000AA00389B71"; // c2cs
  public static final String CBOR_ASSERTION = "63626F7200110010800000AA00389B71"; // cbor

  /** Requestable and labelled: the only toggles C2PA writers set without salts or ids. */
  private static final int TOGGLES_REQUESTABLE_LABELLED = 0x03;

  private Jumbf() {}

  /** A box inside a superbox. */
  public sealed interface Box permits SuperBox, ContentBox {
    /** The whole box including its 8-byte header. */
    byte[] bytes();
  }

  /**
   * A {@code jumb} superbox. {@code typeUuid} is 32 hex digits; {@code parsedPayload} holds the
   * bytes it was read from (null when built here), so hashes cover exactly what the file holds.
   */
  public record SuperBox(String typeUuid, String label, List<Box> children, byte[] parsedPayload)
      implements Box {
    public SuperBox {
      if (typeUuid.length() != 32) throw new IllegalArgumentException("type UUID " + typeUuid);
      children = List.copyOf(children);
    }

    public SuperBox(String typeUuid, String label, List<Box> children) {
      this(typeUuid, label, children, null);
    }

    /** The description box and children without the superbox header (what C2PA hashes). */
    public byte[] payload() {
      if (parsedPayload != null) return parsedPayload.clone();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(descriptionBox());
      for (Box child : children) out.writeBytes(child.bytes());
      return out.toByteArray();
    }

    @Override
    public byte[] bytes() {
      return box("jumb", payload());
    }

    public Optional<SuperBox> child(String childLabel) {
      for (Box box : children) {
        if (box instanceof SuperBox superBox && superBox.label().equals(childLabel)) {
          return Optional.of(superBox);
        }
      }
      return Optional.empty();
    }

    public List<SuperBox> superBoxes() {
      List<SuperBox> boxes = new ArrayList<>();
      for (Box box : children) if (box instanceof SuperBox superBox) boxes.add(superBox);
      return boxes;
    }

    /** The first content box's payload, e.g. the CBOR of an assertion or claim. */
    public byte[] content() {
      for (Box box : children) if (box instanceof ContentBox content) return content.payload();
      throw new IllegalArgumentException("superbox " + label + " has no content box");
    }

    private byte[] descriptionBox() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes(HexFormat.of().parseHex(typeUuid));
      out.write(TOGGLES_REQUESTABLE_LABELLED);
      out.writeBytes(label.getBytes(StandardCharsets.UTF_8));
      out.write(0);
      return box("jumd", out.toByteArray());
    }
  }

  /** A leaf box, e.g. {@code cbor}. */
  public record ContentBox(String type, byte[] payload) implements Box {
    public ContentBox {
      if (type.length() != 4) throw new IllegalArgumentException("box type " + type);
    }

    @Override
    public byte[] bytes() {
      return box(type, payload);
    }
  }

  public static SuperBox cbor(String typeUuid, String label, byte[] cbor) {
    return new SuperBox(typeUuid, label, List.of(new ContentBox("cbor", cbor)));
  }

  static byte[] box(String type, byte[] payload) {
    ByteBuffer buffer = ByteBuffer.allocate(8 + payload.length);
    buffer.putInt(8 + payload.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(payload);
    return buffer.array();
  }

  /** Parses one superbox occupying all of {@code data}. */
  public static SuperBox parse(byte[] data) {
    ByteBuffer buffer = ByteBuffer.wrap(data);
    Box box = readBox(buffer, 0);
    if (!(box instanceof SuperBox superBox)) throw new IllegalArgumentException("not a JUMBF superbox");
    return superBox;
  }

  private static Box readBox(ByteBuffer buffer, int depth) {
    if (depth > 16) throw new IllegalArgumentException("JUMBF nested too deeply");
    if (buffer.remaining() < 8) throw new IllegalArgumentException("JUMBF box header truncated");
    long size = buffer.getInt() & 0xffffffffL;
    String type = fourCc(buffer);
    int headerSize = 8;
    if (size == 1) {
      size = buffer.getLong();
      headerSize = 16;
    }
    if (size < headerSize || size - headerSize > buffer.remaining()) {
      throw new IllegalArgumentException("JUMBF box '" + type + "' size " + size + " out of range");
    }
    ByteBuffer payload = buffer.slice(buffer.position(), (int) (size - headerSize));
    buffer.position(buffer.position() + (int) (size - headerSize));
    if (!type.equals("jumb")) {
      byte[] bytes = new byte[payload.remaining()];
      payload.get(bytes);
      return new ContentBox(type, bytes);
    }
    byte[] original = new byte[payload.remaining()];
    payload.duplicate().get(original);
    return readSuperBox(payload, original, depth);
  }

  private static SuperBox readSuperBox(ByteBuffer payload, byte[] original, int depth) {
    int descriptionSize = payload.getInt();
    if (!fourCc(payload).equals("jumd")) throw new IllegalArgumentException("superbox lacks jumd");
    if (descriptionSize < 25 || descriptionSize - 8 > payload.remaining()) {
      throw new IllegalArgumentException("jumd size " + descriptionSize + " out of range");
    }
    ByteBuffer description = payload.slice(payload.position(), descriptionSize - 8);
    payload.position(payload.position() + descriptionSize - 8);
    byte[] uuid = new byte[16];
    description.get(uuid);
    int toggles = description.get() & 0xff;
    String label = (toggles & 0x02) != 0 ? readNullTerminated(description) : "";
    // Box id, box hash and private box (e.g. a salt) may follow; nothing here needs them.
    List<Box> children = new ArrayList<>();
    while (payload.hasRemaining()) children.add(readBox(payload, depth + 1));
    return new SuperBox(HexFormat.of().withUpperCase().formatHex(uuid), label, children, original);
  }

  private static String readNullTerminated(ByteBuffer buffer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      if (!buffer.hasRemaining()) throw new IllegalArgumentException("unterminated JUMBF label");
      byte next = buffer.get();
      if (next == 0) return out.toString(StandardCharsets.UTF_8);
      out.write(next);
    }
  }

  private static String fourCc(ByteBuffer buffer) {
    byte[] type = new byte[4];
    buffer.get(type);
    return new String(type, StandardCharsets.US_ASCII);
  }
}
