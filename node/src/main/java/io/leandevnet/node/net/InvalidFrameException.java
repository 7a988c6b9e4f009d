package io.leandevnet.node.net;

import io.leandevnet.node.metrics.LabelValue;
import java.io.IOException;

/** A frame that breaks the wire format; the connection that sent it is closed. */
final class InvalidFrameException extends IOException {

  /** Why a frame was refused; the label of the invalid-message counter. */
  enum Reason implements LabelValue {
    /** Longer than the frame or payload limit. */
    OVERSIZE,
    /** Not decodable: unknown kind, truncated header, bad snappy, bad topic. */
    MALFORMED,
    /** Decodable but out of place: no handshake first, a second handshake. */
    PROTOCOL
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
