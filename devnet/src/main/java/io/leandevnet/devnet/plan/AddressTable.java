package io.leandevnet.devnet.plan;

import io.leandevnet.devnet.config.NetworkParams;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link Addresses} as two fixed maps from service name to {@link Endpoint}: the layouts compute
 * them once, other backends fill them from what they observe.
 */
public record AddressTable(Map<String, Endpoint> inside, Map<String, Endpoint> host)
    implements Addresses {

  private static final String LOOPBACK = "127.0.0.1";
  private static final int LQ_QUIC_BASE = 9001;
  private static final int LQ_API_BASE = 5051;
  private static final int LQ_METRICS_BASE = 8081;
  private static final int LQ_EL_BASE = 32000;

  public AddressTable {
    inside = Map.copyOf(inside);
    host = Map.copyOf(host);
    if (!inside.keySet().equals(host.keySet())) {
      throw new IllegalArgumentException("both views must cover the same services");
    }
  }

  @Override
  public Endpoint of(Service service) {
    return lookup(inside, service);
  }

  @Override
  public Endpoint fromHost(Service service) {
    return lookup(host, service);
  }

  private static Endpoint lookup(Map<String, Endpoint> map, Service service) {
    Endpoint e = map.get(service.serviceName());
    if (e == null) {
      throw new IllegalArgumentException(service.serviceName() + " is not in this plan");
    }
    return e;
  }

  static AddressTable local(DevnetPlan plan) {
    int start = plan.network().publicPortStart();
    Map<String, Endpoint> table = new LinkedHashMap<>();
    if (start > 0) {
      List<Service> services = plan.services();
      for (int k = 0; k < services.size(); k++) {
        table.put(
            services.get(k).serviceName(),
            new Endpoint(LOOPBACK, block(services.get(k), start, k)));
      }
    } else {
      for (LeanNode n : plan.leanNodes()) {
        int i = n.position();
        table.put(
            n.serviceName(),
            new Endpoint(
                LOOPBACK,
                Map.of(
                    LeanNode.QUIC, LQ_QUIC_BASE + i,
                    LeanNode.API, LQ_API_BASE + i,
                    LeanNode.METRICS, LQ_METRICS_BASE + i)));
      }
      for (ElNode e : plan.elNodes()) {
        table.put(e.serviceName(), new Endpoint(LOOPBACK, block(e, LQ_EL_BASE, e.number() - 1)));
      }
      for (AuxService a : plan.metricsServices()) {
        table.put(a.serviceName(), new Endpoint(LOOPBACK, logical(a)));
      }
    }
    checkDistinct(table, start);
    return new AddressTable(table, table);
  }

  static AddressTable docker(DevnetPlan plan, String subnetCidr) {
    Objects.requireNonNull(subnetCidr, "subnetCidr");
    Ipv4Subnet subnet = Ipv4Subnet.parse(subnetCidr);
    List<Service> services = plan.services();
    long usable = subnet.usable();
    if (services.size() > usable) {
      throw new IllegalArgumentException(
          "Docker subnet "
              + subnetCidr
              + " has room for "
              + usable
              + " containers but the plan has "
              + services.size()
              + "; use a larger subnet");
    }
    int start = plan.network().publicPortStart();
    Map<String, Endpoint> inside = new LinkedHashMap<>();
    Map<String, Endpoint> host = new LinkedHashMap<>();
    for (int k = 0; k < services.size(); k++) {
      Service s = services.get(k);
      Endpoint e = new Endpoint(subnet.host(k), logical(s));
      inside.put(s.serviceName(), e);
      host.put(s.serviceName(), start > 0 ? new Endpoint(LOOPBACK, block(s, start, k)) : e);
    }
    if (start > 0) {
      checkDistinct(host, start);
    }
    return new AddressTable(inside, host);
  }

  private static Map<String, Integer> logical(Service s) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    s.ports().forEach(p -> ports.put(p.name(), p.number()));
    return ports;
  }

  /** The {@code k}-th block of {@link NetworkParams#PORTS_PER_SERVICE} ports from {@code base}. */
  private static Map<String, Integer> block(Service s, int base, int k) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    List<Port> logical = s.ports();
    for (int j = 0; j < logical.size(); j++) {
      ports.put(logical.get(j).name(), base + k * NetworkParams.PORTS_PER_SERVICE + j);
    }
    return ports;
  }

  private static void checkDistinct(Map<String, Endpoint> table, int start) {
    String fix =
        start > 0
            ? "lower lean_network_params.public_port_start"
            : "set lean_network_params.public_port_start to give every service its own block of "
                + NetworkParams.PORTS_PER_SERVICE
                + " ports";
    Map<Integer, String> owner = new HashMap<>();
    for (var service : table.entrySet()) {
      for (var port : service.getValue().ports().entrySet()) {
        String who = service.getKey() + " " + port.getKey();
        if (port.getValue() > 65535) {
          throw new IllegalArgumentException(
              "port " + port.getValue() + " of " + who + " is beyond 65535; " + fix);
        }
        String other = owner.putIfAbsent(port.getValue(), who);
        if (other != null) {
          throw new IllegalArgumentException(
              "port "
                  + port.getValue()
                  + " would serve both "
                  + other
                  + " and "
                  + who
                  + "; "
                  + fix);
        }
      }
    }
  }
}
