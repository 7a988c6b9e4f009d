package io.leandevnet.devnet.observe;

import java.net.URI;

/**
 * Where the observer finds one execution client's JSON-RPC endpoint.
 *
 * @param service its service name ({@code el-1-ethrex-ethlambda})
 * @param rpc its JSON-RPC URL as lean-devnet reaches it
 * @param pairedLean the node name of the Lean node that drives it, or null when unknown
 */
public record ElTarget(String service, URI rpc, String pairedLean) {}
