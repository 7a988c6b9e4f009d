package io.leandevnet.node.net;

import java.io.IOException;

/** A frame that breaks the wire format; the connection that sent it is closed. */
final class InvalidFrameException extends IOException {

  /** Why a frame was refused; the label of the invalid-message counter. */
  enum Reason {
    /** Longer than the frame or payload limit. */
    OVERSIZE("oversize"),
    /** Not decodable: unknown kind, truncated header, bad snappy, bad topic. */
    MALFORMED("malformed"),
    /** Decodable but out of place: no handshake first, a second handshake. */
    PROTOCOL("protocol");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  private final Reason reason;

  InvalidFrameException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }
}
