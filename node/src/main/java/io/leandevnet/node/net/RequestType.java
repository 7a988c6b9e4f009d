package io.leandevnet.node.net;

import java.util.Arrays;
import java.util.Optional;

/**
 * The req/resp protocols of the built-in network, after leanSpec's {@code
 * /leanconsensus/req/<name>/1}.
 */
public enum RequestType {
  /** Status request and response: both carry the SSZ {@code Status}. */
  STATUS("status"),
  /** A list of block roots; the response is one chunk per known {@code SignedBlock}. */
  BLOCKS_BY_ROOT("blocks_by_root");

  private final String wireName;

  RequestType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<RequestType> ofWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
