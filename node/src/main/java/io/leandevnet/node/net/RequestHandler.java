package io.leandevnet.node.net;

/**
 * Answers one kind of request. Each request is handled on its own virtual thread, so a handler must
 * be thread-safe; an exception becomes a {@link ResponseCode#SERVER_ERROR} response.
 */
@FunctionalInterface
public interface RequestHandler {

  Response handle(String fromPeer, byte[] request);
}
