package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Network;
import io.leandevnet.devnet.plan.Ipv4Subnet;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The bridge network of one devnet: named {@code lean-devnet-<devnet>}, on a private subnet no
 * other network of the engine (nor an interface of this machine) uses, so every container gets the
 * fixed IP its ENR carries.
 */
final class DevnetNetwork {

  /** Where the search for a free subnet starts: 10.77.0.0, then upwards through 10.255.255.255. */
  static final Ipv4Subnet FIRST = Ipv4Subnet.parse("10.77.0.0/24");

  private static final long END = Ipv4Subnet.parse("11.0.0.0/24").network();

  private DevnetNetwork() {}

  /** The network's name for devnet {@code devnet}. */
  static String name(String devnet) {
    return "lean-devnet-" + devnet;
  }

  /**
   * The first subnet from {@link #FIRST} of the smallest size (at most /24) that holds {@code
   * containers} and overlaps none of {@code taken}.
   *
   * @throws IllegalStateException when 10.77.0.0 to 10.255.255.255 has no such subnet
   */
  static Ipv4Subnet choose(int containers, Collection<Ipv4Subnet> taken) {
    int prefix = 24;
    while (new Ipv4Subnet(0x0A00_0000L, prefix).usable() < containers) {
      prefix--;
    }
    long block = 1L << (32 - prefix);
    long start = (FIRST.network() + block - 1) / block * block;
    for (long net = start; net + block <= END; net += block) {
      Ipv4Subnet candidate = new Ipv4Subnet(net, prefix);
      if (taken.stream().noneMatch(candidate::overlaps)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "no free /"
            + prefix
            + " subnet between 10.77.0.0 and 10.255.255.255 (every one overlaps a Docker network"
            + " or an interface of this machine); remove unused networks (`lean-devnet gc`)");
  }

  /** The subnets the engine's networks and this machine's interfaces use. */
  static List<Ipv4Subnet> taken(DockerClient api) throws IOException {
    List<Ipv4Subnet> taken = new ArrayList<>();
    try {
      for (Network n : api.listNetworksCmd().exec()) {
        if (n.getIpam() == null || n.getIpam().getConfig() == null) {
          continue;
        }
        for (Network.Ipam.Config c : n.getIpam().getConfig()) {
          if (c.getSubnet() != null && c.getSubnet().contains(".")) {
            String[] parts = c.getSubnet().split("/");
            taken.add(
                Ipv4Subnet.around(
                    Ipv4Subnet.parseAddress(parts[0]),
                    parts.length > 1 ? Integer.parseInt(parts[1]) : 32));
          }
        }
      }
    } catch (DockerException e) {
      throw new IOException("cannot list the engine's networks: " + DockerErrors.message(e), e);
    }
    try {
      for (NetworkInterface nif : NetworkInterface.networkInterfaces().toList()) {
        for (InterfaceAddress a : nif.getInterfaceAddresses()) {
          if (a.getAddress() instanceof Inet4Address v4 && a.getNetworkPrefixLength() >= 8) {
            taken.add(
                Ipv4Subnet.around(
                    Integer.toUnsignedLong(ByteBuffer.wrap(v4.getAddress()).getInt()),
                    a.getNetworkPrefixLength()));
          }
        }
      }
    } catch (SocketException e) {
      throw new IOException("cannot list this machine's network interfaces: " + e.getMessage(), e);
    }
    return taken;
  }

  /**
   * Creates devnet {@code devnet}'s bridge network on {@code subnet}, labeled.
   *
   * @return the network's id
   * @throws IOException with the engine's reason (a subnet taken meanwhile, a name in use)
   */
  static String create(DockerClient api, String devnet, Ipv4Subnet subnet, Path home)
      throws IOException {
    try {
      return api.createNetworkCmd()
          .withName(name(devnet))
          .withDriver("bridge")
          .withIpam(
              new Network.Ipam()
                  .withConfig(
                      new Network.Ipam.Config()
                          .withSubnet(subnet.toString())
                          .withGateway(subnet.gateway())))
          .withLabels(DevnetLabels.of(devnet, name(devnet), "network", home))
          .exec()
          .getId();
    } catch (DockerException e) {
      throw new IOException(
          "cannot create network "
              + name(devnet)
              + " on "
              + subnet
              + ": "
              + DockerErrors.message(e)
              + " (another devnet starting at the same time? run up again)",
          e);
    }
  }
}
