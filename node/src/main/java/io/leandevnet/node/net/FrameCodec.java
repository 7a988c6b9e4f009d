package io.leandevnet.node.net;

import io.leandevnet.node.net.InvalidFrameException.Reason;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xerial.snappy.Snappy;

/**
 * Encodes and decodes frames. Every frame is
 *
 * <pre>
 *   u32 length (big-endian, of what follows) ‖ u8 kind ‖ header ‖ body
 * </pre>
 *
 * where the body is the payload compressed with snappy's raw block format, and the header is:
 *
 * <pre>
 *   1 HELLO           u8 version ‖ u8 network id length ‖ network id ‖ u16 name length ‖ name
 *                                                               body = Status
 *   2 GOSSIP          u8 topic length ‖ topic (UTF-8)           body = message
 *   3 REQUEST         u64 id ‖ u8 protocol length ‖ protocol    body = request
 *   4 RESPONSE_CHUNK  u64 id                                    body = one response chunk
 *   5 RESPONSE_END    u64 id ‖ u8 code ‖ u16 length ‖ message   (no body)
 *   6 PING            (nothing)
 *   7 PEERS           u16 count ‖ count × (u8 length ‖ node name)  (no body)
 * </pre>
 *
 * A frame longer than the limit derived from the payload limit, a payload that would decompress to
 * more than the payload limit, or anything undecodable raises {@link InvalidFrameException}.
 */
final class FrameCodec {

  /** The version of this wire format, sent in the handshake. */
  static final int VERSION = 1;

  static final int HELLO = 1;
  static final int GOSSIP = 2;
  static final int REQUEST = 3;
  static final int RESPONSE_CHUNK = 4;
  static final int RESPONSE_END = 5;
  static final int PING = 6;
  static final int PEERS = 7;

  private static final int MAX_HEADER = 1 + 8 + 2 + 0xFFFF;

  private final int maxPayloadSize;
  private final int maxFrameLength;

  /**
   * @param maxPayloadSize the largest decompressed payload (MAX_PAYLOAD_SIZE, 10 MiB)
   */
  FrameCodec(int maxPayloadSize) {
    if (maxPayloadSize < 1) {
      throw new IllegalArgumentException("max payload size must be >= 1, got " + maxPayloadSize);
    }
    this.maxPayloadSize = maxPayloadSize;
    this.maxFrameLength = MAX_HEADER + Snappy.maxCompressedLength(maxPayloadSize);
  }

  int maxFrameLength() {
    return maxFrameLength;
  }

  /** {@link #encode}, for frames built by this node: a failure is a bug, not bad input. */
  byte[] encodeFrame(Frame frame) {
    try {
      return encode(frame);
    } catch (IOException e) {
      throw new UncheckedIOException("snappy compression failed", e);
    }
  }

  /** The whole frame, length prefix included, ready to write. */
  byte[] encode(Frame frame) throws IOException {
    return switch (frame) {
      case Frame.Hello h -> {
        byte[] network = utf8(h.networkId(), 0xFF, "network id");
        byte[] name = utf8(h.nodeName(), 0xFFFF, "node name");
        yield assemble(
            HELLO,
            ByteBuffer.allocate(4 + network.length + name.length)
                .put((byte) h.version())
                .put((byte) network.length)
                .put(network)
                .putShort((short) name.length)
                .put(name),
            h.status());
      }
      case Frame.Gossip g -> {
        byte[] topic = utf8(g.topic().name(), 0xFF, "topic");
        yield assemble(
            GOSSIP,
            ByteBuffer.allocate(1 + topic.length).put((byte) topic.length).put(topic),
            g.payload());
      }
      case Frame.Request r -> {
        byte[] protocol = utf8(r.protocol(), 0xFF, "protocol");
        yield assemble(
            REQUEST,
            ByteBuffer.allocate(9 + protocol.length)
                .putLong(r.id())
                .put((byte) protocol.length)
                .put(protocol),
            r.payload());
      }
      case Frame.ResponseChunk c ->
          assemble(RESPONSE_CHUNK, ByteBuffer.allocate(8).putLong(c.id()), c.payload());
      case Frame.ResponseEnd e -> {
        byte[] message = truncatedUtf8(e.message(), Response.MAX_MESSAGE_BYTES);
        yield assemble(
            RESPONSE_END,
            ByteBuffer.allocate(11 + message.length)
                .putLong(e.id())
                .put((byte) e.code().wire())
                .putShort((short) message.length)
                .put(message),
            null);
      }
      case Frame.Ping p -> assemble(PING, ByteBuffer.allocate(0), null);
      case Frame.Peers p -> {
        List<byte[]> names = new ArrayList<>();
        int size = 2;
        for (String name : p.names()) {
          byte[] bytes = utf8(name, 0xFF, "node name");
          names.add(bytes);
          size += 1 + bytes.length;
        }
        ByteBuffer header = ByteBuffer.allocate(size).putShort((short) names.size());
        for (byte[] name : names) {
          header.put((byte) name.length).put(name);
        }
        yield assemble(PEERS, header, null);
      }
    };
  }

  private byte[] assemble(int kind, ByteBuffer header, byte[] payload) throws IOException {
    if (payload != null && payload.length > maxPayloadSize) {
      throw new IllegalArgumentException(
          "payload of "
              + payload.length
              + " bytes exceeds the limit of "
              + maxPayloadSize
              + " bytes");
    }
    byte[] body = payload == null ? new byte[0] : Snappy.compress(payload);
    int length = 1 + header.position() + body.length;
    return ByteBuffer.allocate(4 + length)
        .putInt(length)
        .put((byte) kind)
        .put(header.array(), 0, header.position())
        .put(body)
        .array();
  }

  /**
   * Reads one frame.
   *
   * @throws java.io.EOFException when the stream ends (before or inside a frame)
   * @throws InvalidFrameException when the frame breaks the format or a limit
   */
  Frame read(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 1) {
      throw new InvalidFrameException(
          Reason.MALFORMED,
          "frame length " + Integer.toUnsignedString(length) + " is not a positive 31-bit length");
    }
    if (length > maxFrameLength) {
      throw new InvalidFrameException(
          Reason.OVERSIZE,
          "frame of " + length + " bytes exceeds the limit of " + maxFrameLength + " bytes");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return decode(ByteBuffer.wrap(bytes));
  }

  private Frame decode(ByteBuffer frame) throws InvalidFrameException {
    int kind = frame.get() & 0xFF;
    try {
      return switch (kind) {
        case HELLO -> {
          int version = frame.get() & 0xFF;
          String network = string(frame, frame.get() & 0xFF, "network id");
          String name = string(frame, frame.getShort() & 0xFFFF, "node name");
          if (name.isEmpty()) {
            throw new InvalidFrameException(Reason.MALFORMED, "handshake without a node name");
          }
          yield new Frame.Hello(version, network, name, body(frame));
        }
        case GOSSIP -> {
          String topic = string(frame, frame.get() & 0xFF, "topic");
          try {
            yield new Frame.Gossip(new Topic(topic), body(frame));
          } catch (IllegalArgumentException e) {
            throw new InvalidFrameException(Reason.MALFORMED, e.getMessage());
          }
        }
        case REQUEST -> {
          long id = frame.getLong();
          String protocol = string(frame, frame.get() & 0xFF, "protocol");
          yield new Frame.Request(id, protocol, body(frame));
        }
        case RESPONSE_CHUNK -> new Frame.ResponseChunk(frame.getLong(), body(frame));
        case RESPONSE_END -> {
          long id = frame.getLong();
          int wire = frame.get() & 0xFF;
          ResponseCode code =
              ResponseCode.ofWire(wire)
                  .orElseThrow(
                      () ->
                          new InvalidFrameException(
                              Reason.MALFORMED, "unknown response code " + wire));
          String message = string(frame, frame.getShort() & 0xFFFF, "error message");
          expectEnd(frame);
          yield new Frame.ResponseEnd(id, code, message);
        }
        case PING -> {
          expectEnd(frame);
          yield new Frame.Ping();
        }
        case PEERS -> {
          int count = frame.getShort() & 0xFFFF;
          List<String> names = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            names.add(string(frame, frame.get() & 0xFF, "node name"));
          }
          expectEnd(frame);
          yield new Frame.Peers(names);
        }
        default -> throw new InvalidFrameException(Reason.MALFORMED, "unknown frame kind " + kind);
      };
    } catch (BufferUnderflowException e) {
      throw new InvalidFrameException(Reason.MALFORMED, "frame of kind " + kind + " is truncated");
    }
  }

  private static void expectEnd(ByteBuffer frame) throws InvalidFrameException {
    if (frame.hasRemaining()) {
      throw new InvalidFrameException(
          Reason.MALFORMED, frame.remaining() + " unexpected bytes after the frame");
    }
  }

  private byte[] body(ByteBuffer frame) throws InvalidFrameException {
    byte[] compressed = new byte[frame.remaining()];
    frame.get(compressed);
    try {
      int size = Snappy.uncompressedLength(compressed);
      if (size < 0 || size > maxPayloadSize) {
        throw new InvalidFrameException(
            Reason.OVERSIZE,
            "payload of "
                + Integer.toUnsignedString(size)
                + " bytes exceeds the limit of "
                + maxPayloadSize
                + " bytes");
      }
      if (!Snappy.isValidCompressedBuffer(compressed)) {
        throw new InvalidFrameException(Reason.MALFORMED, "payload is not valid snappy data");
      }
      return Snappy.uncompress(compressed);
    } catch (InvalidFrameException e) {
      throw e;
    } catch (IOException e) {
      throw new InvalidFrameException(
          Reason.MALFORMED, "payload is not valid snappy data: " + e.getMessage());
    }
  }

  private static String string(ByteBuffer frame, int length, String what)
      throws InvalidFrameException {
    byte[] bytes = new byte[length];
    frame.get(bytes);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidFrameException(Reason.MALFORMED, what + " is not valid UTF-8");
    }
  }

  private static byte[] utf8(String s, int maxBytes, String what) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > maxBytes) {
      throw new IllegalArgumentException(what + " is longer than " + maxBytes + " bytes: " + s);
    }
    return bytes;
  }

  private static byte[] truncatedUtf8(String s, int maxBytes) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length <= maxBytes) {
      return bytes;
    }
    int end = maxBytes;
    while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
      end--; // do not cut a multi-byte character
    }
    return Arrays.copyOf(bytes, end);
  }
}
