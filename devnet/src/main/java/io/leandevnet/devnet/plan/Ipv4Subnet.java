package io.leandevnet.devnet.plan;

/**
 * An IPv4 subnet in CIDR form ({@code 10.77.0.0/24}): the network a devnet's containers share.
 *
 * @param network the network address as an unsigned 32-bit number (host bits zero)
 * @param prefix the prefix length, 8 to 30
 */
public record Ipv4Subnet(long network, int prefix) {

  public Ipv4Subnet {
    if (prefix < 8 || prefix > 30) {
      throw new IllegalArgumentException("prefix /" + prefix + " is not between /8 and /30");
    }
    if (network < 0 || network > 0xFFFF_FFFFL || (network & ~mask(prefix)) != 0) {
      throw new IllegalArgumentException(
          address(network) + "/" + prefix + " has host bits set or is not an IPv4 address");
    }
  }

  /**
   * Parses {@code 10.77.0.0/16}.
   *
   * @throws IllegalArgumentException naming {@code cidr} and the form expected
   */
  public static Ipv4Subnet parse(String cidr) {
    String bad = "Docker subnet '" + cidr + "' is not an IPv4 CIDR such as 10.77.0.0/16";
    String[] parts = cidr.strip().split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException(bad);
    }
    long address;
    int prefix;
    try {
      address = parseAddress(parts[0]);
      prefix = Integer.parseInt(parts[1]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(bad);
    }
    if (prefix < 8 || prefix > 30) {
      throw new IllegalArgumentException(bad + " with a prefix between /8 and /30");
    }
    return new Ipv4Subnet(address & mask(prefix), prefix);
  }

  /**
   * The subnet of {@code prefixLength} (taken as /8 to /30) that holds {@code address}: how an
   * interface's or another network's range is compared with a devnet's.
   */
  public static Ipv4Subnet around(long address, int prefixLength) {
    int prefix = Math.max(8, Math.min(30, prefixLength));
    return new Ipv4Subnet(address & mask(prefix), prefix);
  }

  /**
   * {@code 10.77.0.2} as an unsigned 32-bit number.
   *
   * @throws IllegalArgumentException when it is not four octets 0-255
   */
  public static long parseAddress(String dotted) {
    String[] octets = dotted.strip().split("\\.");
    if (octets.length != 4) {
      throw new IllegalArgumentException("'" + dotted + "' is not an IPv4 address");
    }
    long address = 0;
    for (String o : octets) {
      int v;
      try {
        v = Integer.parseInt(o);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + dotted + "' is not an IPv4 address");
      }
      if (v < 0 || v > 255) {
        throw new IllegalArgumentException("'" + dotted + "' is not an IPv4 address");
      }
      address = (address << 8) | v;
    }
    return address;
  }

  /** Containers it holds: all addresses but the network address, the gateway and broadcast. */
  public long usable() {
    return (1L << (32 - prefix)) - 3;
  }

  /** The gateway Docker gives the network: the network address + 1. */
  public String gateway() {
    return address(network + 1);
  }

  /** The {@code k}-th container address (0-based), from the network address + 2. */
  public String host(long k) {
    return address(network + 2 + k);
  }

  /** Whether the two subnets share any address. */
  public boolean overlaps(Ipv4Subnet other) {
    long m = mask(Math.min(prefix, other.prefix));
    return (network & m) == (other.network & m);
  }

  /** The subnet of the same size right after this one. */
  public Ipv4Subnet next() {
    return new Ipv4Subnet(network + (1L << (32 - prefix)), prefix);
  }

  @Override
  public String toString() {
    return address(network) + "/" + prefix;
  }

  private static long mask(int prefix) {
    return (0xFFFF_FFFFL << (32 - prefix)) & 0xFFFF_FFFFL;
  }

  /** The dotted form of an unsigned 32-bit address. */
  static String address(long address) {
    return ((address >> 24) & 0xFF)
        + "."
        + ((address >> 16) & 0xFF)
        + "."
        + ((address >> 8) & 0xFF)
        + "."
        + (address & 0xFF);
  }
}
