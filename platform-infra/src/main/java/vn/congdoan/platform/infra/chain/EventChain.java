package vn.congdoan.platform.infra.chain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * The hash chain of an aggregate's stream: each stored event carries {@link #HASH}, a SHA-256 over
 * its content and {@link #PREVIOUS}, the hash of the event before it in the same stream ({@link
 * #GENESIS} for the first). Changing, removing or reordering a stored event therefore breaks a link
 * that anyone can recompute from the store alone.
 */
public final class EventChain {
  public static final String HASH = "hash";
  public static final String PREVIOUS = "previousHash";
  public static final String GENESIS = "0".repeat(64);

  /** Everything Axon stores of an event, in a fixed order; the ids of the document are not. */
  static final List<String> CONTENT =
      List.of(
          "eventIdentifier",
          "aggregateIdentifier",
          "sequenceNumber",
          "type",
          "timestamp",
          "payloadType",
          "payloadRevision",
          "serializedPayload",
          "serializedMetaData");

  private EventChain() {}

  /** The hash the stored event must carry, given the hash of the event before it. */
  public static String hash(Document event, String previous) {
    MessageDigest sha = sha256();
    for (String field : CONTENT) {
      // length-prefixed, so that no shift of text from one field to the next hashes the same
      update(sha, field);
      update(sha, canonical(event.get(field)));
    }
    update(sha, previous);
    return HexFormat.of().formatHex(sha.digest());
  }

  /** SHA-256 over the given texts, each length-prefixed: the digests' root. */
  public static String hashOf(List<String> texts) {
    MessageDigest sha = sha256();
    texts.forEach(t -> update(sha, t));
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String canonical(Object value) {
    if (value == null) {
      return "\u0000null";
    }
    if (value instanceof Binary binary) {
      return Base64.getEncoder().encodeToString(binary.getData());
    }
    if (value instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    if (value instanceof Date date) {
      return Long.toString(date.getTime());
    }
    if (value instanceof Map<?, ?> map) {
      @SuppressWarnings("unchecked")
      var document = new Document((Map<String, Object>) map);
      return document.toJson();
    }
    if (value instanceof Number number) {
      // an int and a long of the same value are one sequence number, whatever the driver read
      return number instanceof Double || number instanceof Float
          ? number.toString()
          : Long.toString(number.longValue());
    }
    return value.toString();
  }

  private static void update(MessageDigest sha, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }
}
