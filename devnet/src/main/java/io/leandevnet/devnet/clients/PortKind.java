package io.leandevnet.devnet.clients;

import io.leandevnet.devnet.plan.Protocol;

/** What speaks on a {@link ServicePort}; decides the transport protocol a backend publishes. */
public enum PortKind {
  /** libp2p over QUIC: UDP. */
  QUIC(Protocol.UDP),
  /** Plain UDP (discv5 discovery). */
  UDP(Protocol.UDP),
  /** Plain TCP (the built-in node's p2p transport, devp2p). */
  TCP(Protocol.TCP),
  /** HTTP over TCP: REST APIs, {@code /metrics}, JSON-RPC, web UIs. */
  HTTP(Protocol.TCP);

  private final Protocol protocol;

  PortKind(Protocol protocol) {
    this.protocol = protocol;
  }

  /** The transport protocol to publish or expose the port with. */
  public Protocol protocol() {
    return protocol;
  }
}
