package io.leandevnet.node.net;

import java.util.Arrays;
import java.util.Optional;

/** Result codes of a response, as in the consensus req/resp wire format. */
public enum ResponseCode {
  SUCCESS(0),
  INVALID_REQUEST(1),
  SERVER_ERROR(2),
  RESOURCE_UNAVAILABLE(3);

  private final int wire;

  ResponseCode(int wire) {
    this.wire = wire;
  }

  public int wire() {
    return wire;
  }

  public static Optional<ResponseCode> ofWire(int code) {
    return Arrays.stream(values()).filter(c -> c.wire == code).findFirst();
  }
}
