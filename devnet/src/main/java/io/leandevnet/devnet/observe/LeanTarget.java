package io.leandevnet.devnet.observe;

import java.net.URI;

/**
 * Where the observer finds one Lean node: its REST API base ({@code http://host:port}, may be null
 * for clients that serve only metrics) and its metrics base (may equal the API base).
 */
public record LeanTarget(String node, String client, URI api, URI metrics) {}
