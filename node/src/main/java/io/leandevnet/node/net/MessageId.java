package io.leandevnet.node.net;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The id of a gossip message, used to suppress duplicates: the first 20 bytes of {@code
 * SHA-256(0x01000000 ‖ uint64_le(len(topic)) ‖ topic ‖ payload)}, the shape of leanSpec's gossipsub
 * message id for a valid snappy message (payload = the decompressed SSZ).
 */
public record MessageId(long high, long middle, int low) {

  private static final byte[] VALID_SNAPPY_DOMAIN = {1, 0, 0, 0};

  public static MessageId of(Topic topic, byte[] payload) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides SHA-256", e);
    }
    byte[] topicBytes = topic.name().getBytes(StandardCharsets.UTF_8);
    sha256.update(VALID_SNAPPY_DOMAIN);
    sha256.update(
        ByteBuffer.allocate(Long.BYTES)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putLong(topicBytes.length)
            .array());
    sha256.update(topicBytes);
    sha256.update(payload);
    ByteBuffer digest = ByteBuffer.wrap(sha256.digest());
    return new MessageId(digest.getLong(), digest.getLong(), digest.getInt());
  }

  /** The 20 bytes of the id. */
  public byte[] bytes() {
    return ByteBuffer.allocate(20).putLong(high).putLong(middle).putInt(low).array();
  }
}
