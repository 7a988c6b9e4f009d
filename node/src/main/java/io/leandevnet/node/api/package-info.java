/**
 * The node's HTTP API ({@code /lean/v0/...}) and {@code /metrics} endpoint: {@link
 * io.leandevnet.node.api.ApiServer}, reading a {@link io.leandevnet.node.view.NodeView}.
 */
package io.leandevnet.node.api;
