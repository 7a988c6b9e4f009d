package io.leandevnet.node.net;

import java.util.regex.Pattern;

/**
 * A gossip topic of the built-in network: {@code block}, {@code attestation_<subnet>} or {@code
 * aggregation}, the names of leanSpec's gossip topics without the libp2p framing ({@code
 * /leanconsensus/<network>/<name>/ssz_snappy}).
 */
public record Topic(String name) {

  private static final Pattern NAME =
      Pattern.compile("block|aggregation|attestation_(0|[1-9][0-9]{0,5})");

  public static final Topic BLOCK = new Topic("block");
  public static final Topic AGGREGATION = new Topic("aggregation");

  public Topic {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "gossip topic must be block, aggregation or attestation_<subnet>, got '" + name + "'");
    }
  }

  /** The attestation topic of a subnet ({@code validator_index % ATTESTATION_COMMITTEE_COUNT}). */
  public static Topic attestation(int subnet) {
    if (subnet < 0) {
      throw new IllegalArgumentException("attestation subnet must be >= 0, got " + subnet);
    }
    return new Topic("attestation_" + subnet);
  }

  /** Whether this is one of the attestation subnet topics. */
  public boolean isAttestation() {
    return name.startsWith("attestation_");
  }

  @Override
  public String toString() {
    return name;
  }
}
