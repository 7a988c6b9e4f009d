package io.leandevnet.devnet.observe;

import java.time.Instant;

/**
 * What one poll learned about one execution client: its latest block, or why not.
 *
 * @param pairedLean the node name of the Lean node that drives it, or null when unknown
 */
public record ElSnapshot(
    String service,
    String pairedLean,
    Instant at,
    Long blockNumber,
    String blockHash,
    String lastError) {

  public boolean reachable() {
    return blockHash != null;
  }
}
