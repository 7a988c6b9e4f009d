package io.leandevnet.devnet.genesis;

import io.leandevnet.crypto.enr.Enr;
import io.leandevnet.crypto.rlp.RlpItem;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A row's {@code enrFields}: the values eth-beacon-genesis puts into the node's ENR.
 *
 * @param ip IPv4 address or null
 * @param ip6 IPv6 address or null
 * @param tcp TCP port or null
 * @param udp UDP port or null
 * @param quic QUIC port (the Lean clients' libp2p port) or null
 * @param seq record sequence number; null or 0 means 1, as in eth-beacon-genesis
 * @param custom any other keys, as written: {@code 0x…} becomes bytes, a decimal becomes an
 *     integer, anything else a string (eth-beacon-genesis's rule)
 */
public record EnrFields(
    String ip,
    String ip6,
    Integer tcp,
    Integer udp,
    Integer quic,
    Long seq,
    SortedMap<String, String> custom) {

  public EnrFields {
    custom = Collections.unmodifiableSortedMap(new TreeMap<>(custom));
  }

  /** The common case: an IPv4 address and a QUIC port. */
  public static EnrFields of(String ip, int quic) {
    return new EnrFields(ip, null, null, null, quic, null, new TreeMap<>());
  }

  /** Signs the node's ENR from these fields. */
  public Enr sign(Secp256k1PrivateKey key) {
    return builder().sign(key);
  }

  /** A record builder holding these fields; throws IllegalArgumentException for a bad value. */
  public Enr.Builder builder() {
    Enr.Builder b = Enr.builder().seq(seq == null || seq == 0 ? 1 : seq);
    if (ip != null) {
      b.ip(ip);
    }
    if (ip6 != null) {
      b.ip6(ip6);
    }
    if (tcp != null) {
      b.tcp(tcp);
    }
    if (udp != null) {
      b.udp(udp);
    }
    if (quic != null) {
      b.quic(quic);
    }
    for (Map.Entry<String, String> e : custom.entrySet()) {
      b.set(e.getKey(), customValue(e.getValue()));
    }
    return b;
  }

  private static RlpItem customValue(String v) {
    if (v.startsWith("0x")) {
      return RlpItem.bytes(HexFormat.of().parseHex(v.substring(2)));
    }
    if (v.matches("[0-9]{1,20}") && new BigInteger(v).bitLength() <= 64) {
      return RlpItem.unsigned(new BigInteger(v));
    }
    return RlpItem.string(v);
  }
}
