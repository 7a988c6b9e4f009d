/**
 * What the API and metrics read from the fork-choice Store: the read-only {@link
 * io.leandevnet.node.view.NodeView}, in the consensus module's types.
 */
package io.leandevnet.node.view;
