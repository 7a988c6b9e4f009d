package io.leandevnet.devnet.plan;

import java.util.List;

/** One container (or, for built-in nodes on the embedded backend, one in-JVM node) of a devnet. */
public sealed interface Service permits LeanNode, ElNode, AuxService {

  /** The RFC 1035 name: container name, DNS name, Kubernetes service name. */
  String serviceName();

  /** Its logical ports, in a fixed order. */
  List<Port> ports();
}
