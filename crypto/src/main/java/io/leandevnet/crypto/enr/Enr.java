package io.leandevnet.crypto.enr;

import io.leandevnet.crypto.keccak.Keccak256;
import io.leandevnet.crypto.rlp.Rlp;
import io.leandevnet.crypto.rlp.RlpException;
import io.leandevnet.crypto.rlp.RlpItem;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import io.leandevnet.crypto.secp256k1.Secp256k1PublicKey;
import io.leandevnet.crypto.secp256k1.Secp256k1Signature;
import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An Ethereum Node Record (EIP-778) with the {@code v4} identity scheme: an RLP list {@code
 * [signature, seq, k1, v1, k2, v2, ...]} with keys sorted, signed with secp256k1 over the
 * Keccak-256 of {@code [seq, k1, v1, ...]}, written as {@code enr:} + unpadded base64url.
 *
 * <p>Lean clients read their static peers from nodes.yaml as such records, each carrying the node's
 * {@code ip} and {@code quic} port. Signing is deterministic (RFC 6979, low-s, as go-ethereum
 * signs), so the same key and fields always give the same text.
 *
 * <pre>{@code
 * Enr enr = Enr.builder().ip("127.0.0.1").quic(9001).sign(nodeKey);
 * String line = enr.toText();            // enr:-IW4Q...
 * Enr back = Enr.fromText(line);         // parsed and signature-checked
 * }</pre>
 */
public final class Enr {

  /** EIP-778: a record is at most 300 bytes of RLP. */
  public static final int MAX_SIZE = 300;

  private static final String PREFIX = "enr:";

  private final long seq;
  private final SortedMap<String, RlpItem> pairs;
  private final byte[] signature;

  private Enr(long seq, SortedMap<String, RlpItem> pairs, byte[] signature) {
    this.seq = seq;
    this.pairs = Collections.unmodifiableSortedMap(new TreeMap<>(pairs));
    this.signature = signature.clone();
  }

  /** A builder for a new record; {@code seq} defaults to 1 as in eth-beacon-genesis. */
  public static Builder builder() {
    return new Builder();
  }

  /** Parses {@code enr:...} text and verifies the record's {@code v4} signature. */
  public static Enr fromText(String text) {
    String t = text.strip();
    if (!t.startsWith(PREFIX)) {
      throw new EnrException("an ENR starts with 'enr:'");
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(t.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new EnrException("ENR text is not unpadded base64url: " + e.getMessage(), e);
    }
    return fromRlp(raw);
  }

  /** Parses the RLP form and verifies the record's {@code v4} signature. */
  public static Enr fromRlp(byte[] raw) {
    if (raw.length > MAX_SIZE) {
      throw new EnrException(
          "ENR is " + raw.length + " bytes, more than the " + MAX_SIZE + " allowed");
    }
    List<RlpItem> items;
    try {
      if (!(Rlp.decode(raw) instanceof RlpItem.ItemList list)) {
        throw new EnrException("ENR is not an RLP list");
      }
      items = list.items();
    } catch (RlpException e) {
      throw new EnrException("ENR is not valid RLP: " + e.getMessage(), e);
    }
    if (items.size() < 2 || items.size() % 2 != 0) {
      throw new EnrException("ENR must hold a signature, a seq and key/value pairs");
    }
    byte[] sig = bytesOf(items.get(0), "signature");
    long seq;
    try {
      BigInteger s = asBytes(items.get(1), "seq").asUnsigned();
      if (s.bitLength() > 64) {
        throw new EnrException("ENR seq does not fit in 64 bits");
      }
      seq = s.longValue();
    } catch (RlpException e) {
      throw new EnrException("ENR seq: " + e.getMessage(), e);
    }
    TreeMap<String, RlpItem> pairs = new TreeMap<>();
    String previous = null;
    for (int i = 2; i < items.size(); i += 2) {
      String key = new String(bytesOf(items.get(i), "key"), StandardCharsets.UTF_8);
      if (previous != null && key.compareTo(previous) <= 0) {
        throw new EnrException(
            "ENR keys must be unique and sorted, but '" + key + "' follows '" + previous + "'");
      }
      previous = key;
      pairs.put(key, items.get(i + 1));
    }
    Enr enr = new Enr(seq, pairs, sig);
    enr.verify();
    return enr;
  }

  private static RlpItem.Bytes asBytes(RlpItem item, String what) {
    if (item instanceof RlpItem.Bytes b) {
      return b;
    }
    throw new EnrException("ENR " + what + " must be a byte string, not a list");
  }

  private static byte[] bytesOf(RlpItem item, String what) {
    return asBytes(item, what).value();
  }

  private void verify() {
    RlpItem id = pairs.get("id");
    if (id == null || !id.equals(RlpItem.string("v4"))) {
      throw new EnrException("ENR identity scheme must be 'v4'");
    }
    Secp256k1PublicKey key = publicKey();
    Secp256k1Signature sig;
    try {
      sig = Secp256k1Signature.fromBytes(signature);
    } catch (IllegalArgumentException e) {
      throw new EnrException("ENR signature: " + e.getMessage(), e);
    }
    if (!key.verify(Keccak256.hash(Rlp.encode(content(seq, pairs))), sig)) {
      throw new EnrException("ENR signature does not match its content and secp256k1 key");
    }
  }

  private static RlpItem content(long seq, SortedMap<String, RlpItem> pairs) {
    List<RlpItem> items = new ArrayList<>();
    items.add(RlpItem.unsigned(seq));
    for (Map.Entry<String, RlpItem> e : pairs.entrySet()) {
      items.add(RlpItem.string(e.getKey()));
      items.add(e.getValue());
    }
    return RlpItem.list(items);
  }

  /** The record's RLP bytes. */
  public byte[] toRlp() {
    List<RlpItem> items = new ArrayList<>();
    items.add(RlpItem.bytes(signature));
    items.addAll(((RlpItem.ItemList) content(seq, pairs)).items());
    return Rlp.encode(RlpItem.list(items));
  }

  /** {@code enr:} followed by the RLP in unpadded base64url. */
  public String toText() {
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(toRlp());
  }

  /** The sequence number. */
  public long seq() {
    return seq;
  }

  /** Every key/value pair, sorted by key (values as RLP items). */
  public SortedMap<String, RlpItem> pairs() {
    return pairs;
  }

  /** The 64-byte {@code r ‖ s} signature. */
  public byte[] signature() {
    return signature.clone();
  }

  /** The node's public key ({@code secp256k1} entry). */
  public Secp256k1PublicKey publicKey() {
    RlpItem item = pairs.get("secp256k1");
    if (item == null) {
      throw new EnrException("ENR has no 'secp256k1' entry");
    }
    try {
      return Secp256k1PublicKey.fromCompressed(bytesOf(item, "secp256k1"));
    } catch (IllegalArgumentException e) {
      throw new EnrException("ENR 'secp256k1' entry: " + e.getMessage(), e);
    }
  }

  /** The {@code v4} node id: Keccak-256 of the public key's {@code x ‖ y}. */
  public byte[] nodeId() {
    return Keccak256.hash(publicKey().xy());
  }

  /** The IPv4 address, dotted. */
  public Optional<String> ip() {
    return Optional.ofNullable(pairs.get("ip")).map(v -> address(bytesOf(v, "ip"), 4, "ip"));
  }

  /** The IPv6 address in Java's textual form. */
  public Optional<String> ip6() {
    return Optional.ofNullable(pairs.get("ip6")).map(v -> address(bytesOf(v, "ip6"), 16, "ip6"));
  }

  private static String address(byte[] raw, int length, String key) {
    if (raw.length != length) {
      throw new EnrException("ENR '" + key + "' must be " + length + " bytes, got " + raw.length);
    }
    try {
      return InetAddress.getByAddress(raw).getHostAddress();
    } catch (UnknownHostException e) {
      throw new EnrException("ENR '" + key + "': " + e.getMessage(), e);
    }
  }

  /** The QUIC port Lean clients listen on. */
  public OptionalInt quic() {
    return port("quic");
  }

  /** The UDP (discovery) port. */
  public OptionalInt udp() {
    return port("udp");
  }

  /** The TCP port. */
  public OptionalInt tcp() {
    return port("tcp");
  }

  private OptionalInt port(String key) {
    RlpItem item = pairs.get(key);
    if (item == null) {
      return OptionalInt.empty();
    }
    BigInteger v;
    try {
      v = asBytes(item, key).asUnsigned();
    } catch (RlpException e) {
      throw new EnrException("ENR '" + key + "': " + e.getMessage(), e);
    }
    if (v.bitLength() > 16) {
      throw new EnrException("ENR '" + key + "' is not a 16-bit port");
    }
    return OptionalInt.of(v.intValue());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Enr other && Arrays.equals(toRlp(), other.toRlp());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(toRlp());
  }

  @Override
  public String toString() {
    return toText();
  }

  /** Collects fields, then signs them into a record. Keys are sorted when the record is built. */
  public static final class Builder {
    private long seq = 1;
    private final TreeMap<String, RlpItem> pairs = new TreeMap<>();

    private Builder() {}

    /** The sequence number (default 1). */
    public Builder seq(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("ENR seq is unsigned, got " + value);
      }
      this.seq = value;
      return this;
    }

    /** The IPv4 address, from dotted-quad text (never resolved through DNS). */
    public Builder ip(String dotted) {
      pairs.put("ip", RlpItem.bytes(parseIpv4(dotted)));
      return this;
    }

    /** The IPv6 address, from a literal (never resolved through DNS). */
    public Builder ip6(String literal) {
      pairs.put("ip6", RlpItem.bytes(parseIpv6(literal)));
      return this;
    }

    /** The QUIC port. */
    public Builder quic(int port) {
      return port("quic", port);
    }

    /** The UDP port. */
    public Builder udp(int port) {
      return port("udp", port);
    }

    /** The TCP port. */
    public Builder tcp(int port) {
      return port("tcp", port);
    }

    private Builder port(String key, int port) {
      if (port < 0 || port > 0xffff) {
        throw new IllegalArgumentException(key + " port must be 0-65535, got " + port);
      }
      pairs.put(key, RlpItem.unsigned(port));
      return this;
    }

    /** Any other entry, with its RLP value. {@code id} and {@code secp256k1} are set by signing. */
    public Builder set(String key, RlpItem value) {
      if (key.isEmpty() || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException(
            "ENR keys are non-empty printable ASCII, got '" + key + "'");
      }
      if (key.equals("id") || key.equals("secp256k1")) {
        throw new IllegalArgumentException("ENR key '" + key + "' is set from the signing key");
      }
      pairs.put(key, value);
      return this;
    }

    /** Adds {@code id=v4} and the public key, signs, and checks the 300-byte limit. */
    public Enr sign(Secp256k1PrivateKey key) {
      TreeMap<String, RlpItem> all = new TreeMap<>(pairs);
      all.put("id", RlpItem.string("v4"));
      all.put("secp256k1", RlpItem.bytes(key.publicKey().compressed()));
      byte[] digest = Keccak256.hash(Rlp.encode(content(seq, all)));
      Enr enr = new Enr(seq, all, key.sign(digest).toBytes());
      int size = enr.toRlp().length;
      if (size > MAX_SIZE) {
        throw new EnrException(
            "ENR would be " + size + " bytes, more than the " + MAX_SIZE + " allowed");
      }
      return enr;
    }

    private static byte[] parseIpv4(String dotted) {
      String[] parts = dotted.split("\\.", -1);
      if (parts.length != 4) {
        throw new IllegalArgumentException("'" + dotted + "' is not an IPv4 address (a.b.c.d)");
      }
      byte[] out = new byte[4];
      for (int i = 0; i < 4; i++) {
        String p = parts[i];
        if (p.isEmpty()
            || p.length() > 3
            || !p.chars().allMatch(Character::isDigit)
            || Integer.parseInt(p) > 255) {
          throw new IllegalArgumentException("'" + dotted + "' is not an IPv4 address (a.b.c.d)");
        }
        out[i] = (byte) Integer.parseInt(p);
      }
      return out;
    }

    private static byte[] parseIpv6(String literal) {
      if (!literal.contains(":")) {
        throw new IllegalArgumentException("'" + literal + "' is not an IPv6 address");
      }
      try {
        InetAddress a = InetAddress.getByName(literal);
        if (a instanceof Inet6Address) {
          return a.getAddress();
        }
        if (a instanceof Inet4Address) {
          byte[] mapped = new byte[16];
          mapped[10] = (byte) 0xff;
          mapped[11] = (byte) 0xff;
          System.arraycopy(a.getAddress(), 0, mapped, 12, 4);
          return mapped;
        }
      } catch (UnknownHostException e) {
        // falls through to the error below
      }
      throw new IllegalArgumentException("'" + literal + "' is not an IPv6 address");
    }
  }
}
