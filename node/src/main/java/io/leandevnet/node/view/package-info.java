/**
 * What the API and metrics read from the fork-choice Store: the read-only
 * {@link io.leandevnet.node.view.NodeView} and its values (roots, checkpoints, fork-choice nodes).
 */
package io.leandevnet.node.view;
