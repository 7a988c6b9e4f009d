package io.leandevnet.devnet.observe;

import java.net.URI;

/** Where the observer finds one execution client's JSON-RPC endpoint. */
public record ElTarget(String service, URI rpc) {}
