package io.leandevnet.devnet.backend.docker;

import io.leandevnet.devnet.plan.AddressTable;
import io.leandevnet.devnet.plan.Addresses;
import io.leandevnet.devnet.plan.Endpoint;
import io.leandevnet.devnet.plan.Ipv4Subnet;
import io.leandevnet.devnet.plan.Service;
import java.util.Objects;

/**
 * Where a devnet's containers live on Docker: the subnet of its network, each container's fixed IP
 * there ({@link #of}), and the host address and ports each one's ports are published on ({@link
 * #fromHost}).
 */
record DockerLayout(Ipv4Subnet subnet, AddressTable table) implements Addresses {

  DockerLayout {
    Objects.requireNonNull(subnet, "subnet");
    Objects.requireNonNull(table, "table");
  }

  @Override
  public Endpoint of(Service service) {
    return table.of(service);
  }

  @Override
  public Endpoint fromHost(Service service) {
    return table.fromHost(service);
  }
}
