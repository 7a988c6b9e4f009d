/**
 * The network between built-in nodes: {@link io.leandevnet.node.net.Transport} (TCP, snappy SSZ
 * frames, handshake with Status, gossip on {@link io.leandevnet.node.net.Topic}s with duplicate
 * suppression, status and blocks_by_root requests), and the bootnode addresses read from nodes.yaml
 * ({@link io.leandevnet.node.net.NodesYaml}). Payloads are opaque SSZ bytes here.
 */
package io.leandevnet.node.net;
