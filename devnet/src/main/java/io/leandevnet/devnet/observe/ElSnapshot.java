package io.leandevnet.devnet.observe;

import java.time.Instant;

/** What one poll learned about one execution client: its latest block, or why not. */
public record ElSnapshot(
    String service, Instant at, Long blockNumber, String blockHash, String lastError) {

  public boolean reachable() {
    return blockHash != null;
  }
}
