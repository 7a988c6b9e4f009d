package io.leandevnet.devnet.plan;

/**
 * Where each planned service lives, decided by the backend before genesis is written, because the
 * ENRs in nodes.yaml and the ports in validator-config.yaml carry it.
 *
 * <p>Two views, because a container network is not the host's: {@link #of} is how services reach
 * each other (what goes into ENRs, bootnode lists, Engine API endpoints, Prometheus targets) and
 * {@link #fromHost} is how lean-devnet itself reaches them (status polling, {@code verify}, links
 * printed to the user).
 *
 * <p>The two layouts below are pure functions of the plan; a Kubernetes backend builds an {@link
 * AddressTable} from the pod IPs it reads.
 */
public interface Addresses {

  /** The address other services use for {@code service}. */
  Endpoint of(Service service);

  /** The address lean-devnet, on the host, uses for {@code service}. */
  Endpoint fromHost(Service service);

  /**
   * Every service on 127.0.0.1 with its own ports (host networking, embedded nodes), the same from
   * the host. With {@code public_port_start: 0}, lean-quickstart's numbers: Lean node {@code i}
   * gets QUIC {@code 9001+i}, API {@code 5051+i}, metrics {@code 8081+i}; execution node {@code k}
   * (0-based) the block from {@code 32000+10k}; Prometheus 9090, Grafana 3000. With {@code
   * public_port_start: P}, every service in plan order takes the next block of 10 ports from P, its
   * ports in {@link Service#ports()} order. lean-quickstart's numbers hold up to 89 Lean nodes
   * (node 89's QUIC port would be Prometheus' 9090); beyond that set {@code public_port_start}.
   *
   * @throws IllegalArgumentException when two ports would coincide or exceed 65535, naming both
   */
  static Addresses local(DevnetPlan plan) {
    return AddressTable.local(plan);
  }

  /**
   * Every service on its own IP in the Docker network {@code subnetCidr} (e.g. {@code
   * 10.77.0.0/16}), in plan order from the network address + 2 (+1 is the gateway), with the same
   * logical ports on every container. From the host: the container IPs, or, with {@code
   * public_port_start: P}, 127.0.0.1 and each service's published block of 10 ports from P.
   *
   * @throws IllegalArgumentException when the CIDR is malformed or too small for the plan
   */
  static Addresses docker(DevnetPlan plan, String subnetCidr) {
    return AddressTable.docker(plan, subnetCidr);
  }
}
