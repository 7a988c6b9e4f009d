package io.leandevnet.node.net;

import io.leandevnet.node.net.Connection.PendingRequest;
import io.leandevnet.node.net.InvalidFrameException.Reason;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests and responses over the peer table. {@link #request} sends a request with a fresh id; the
 * response (chunks, then an end frame with a code) completes the future, which fails after the
 * response timeout. A received request is answered by the handler of its type.
 */
final class RequestResponse {

  private static final System.Logger LOG = System.getLogger(RequestResponse.class.getName());

  private final String nodeName;
  private final PeerTable peers;
  private final FrameCodec codec;
  private final Duration timeout;
  private final int maxPayloadSize;
  private final Map<RequestType, RequestHandler> handlers = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong();

  RequestResponse(TransportConfig config, PeerTable peers, FrameCodec codec) {
    this.nodeName = config.nodeName();
    this.peers = peers;
    this.codec = codec;
    this.timeout = config.respTimeout();
    this.maxPayloadSize = config.maxPayloadSize();
  }

  /** Answers the requests of a type (replacing any earlier handler). */
  void handle(RequestType type, RequestHandler handler) {
    handlers.put(Objects.requireNonNull(type), Objects.requireNonNull(handler));
  }

  /** Sends a request to a connected peer; see {@link Transport#request}. */
  CompletableFuture<Response> request(String peerName, RequestType type, byte[] payload) {
    Connection c = peers.get(peerName);
    if (c == null) {
      return CompletableFuture.failedFuture(new IOException("not connected to peer " + peerName));
    }
    long id = nextId.incrementAndGet();
    CompletableFuture<Response> future = new CompletableFuture<>();
    c.pending()
        .put(id, new PendingRequest(future, Collections.synchronizedList(new ArrayList<>())));
    future
        .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .whenComplete((r, e) -> c.pending().remove(id));
    if (c.isClosed()) {
      future.completeExceptionally(new IOException("connection to " + peerName + " closed"));
    } else if (!c.send(codec.encodeFrame(new Frame.Request(id, type.wireName(), payload)))) {
      future.completeExceptionally(new IOException("send queue to " + peerName + " is full"));
    }
    return future;
  }

  /** A chunk of the response to one of our requests arrived. */
  void onChunk(Connection c, Frame.ResponseChunk chunk) throws InvalidFrameException {
    PendingRequest p = c.pending().get(chunk.id());
    if (p != null) {
      if (p.chunks().size() >= Response.MAX_CHUNKS) {
        throw new InvalidFrameException(
            Reason.PROTOCOL,
            "response to request "
                + chunk.id()
                + " has more than "
                + Response.MAX_CHUNKS
                + " chunks");
      }
      p.chunks().add(chunk.payload());
    }
  }

  /** The end of the response to one of our requests arrived: the request completes. */
  void onEnd(Connection c, Frame.ResponseEnd end) {
    PendingRequest p = c.pending().remove(end.id());
    if (p != null) {
      p.future().complete(new Response(end.code(), end.message(), List.copyOf(p.chunks())));
    }
  }

  /** Answers a peer's request (blocking: run it on a thread of its own). */
  void answer(Connection c, Frame.Request request) {
    String fromPeer = c.peer().name();
    Response response =
        RequestType.ofWireName(request.protocol())
            .map(type -> handled(type, fromPeer, request.payload()))
            .orElseGet(
                () ->
                    Response.error(
                        ResponseCode.INVALID_REQUEST,
                        "unknown protocol '" + request.protocol() + "'"));
    if (response.chunks().size() > Response.MAX_CHUNKS) {
      response =
          Response.error(
              ResponseCode.SERVER_ERROR,
              "response has more than " + Response.MAX_CHUNKS + " chunks");
    }
    try {
      for (byte[] chunk : response.chunks()) {
        if (chunk.length > maxPayloadSize) {
          response =
              Response.error(ResponseCode.SERVER_ERROR, "response chunk over MAX_PAYLOAD_SIZE");
          break;
        }
        if (!c.send(codec.encodeFrame(new Frame.ResponseChunk(request.id(), chunk)), timeout)) {
          return;
        }
      }
      c.send(
          codec.encodeFrame(
              new Frame.ResponseEnd(request.id(), response.code(), response.message())),
          timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Response handled(RequestType type, String fromPeer, byte[] payload) {
    RequestHandler handler = handlers.get(type);
    if (handler == null) {
      return Response.error(
          ResponseCode.RESOURCE_UNAVAILABLE,
          "node " + nodeName + " does not serve " + type.wireName());
    }
    try {
      Response answer = handler.handle(fromPeer, payload);
      return answer != null
          ? answer
          : Response.error(
              ResponseCode.SERVER_ERROR, type.wireName() + " handler gave no response");
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING, nodeName + ": " + type.wireName() + " handler failed", e);
      return Response.error(ResponseCode.SERVER_ERROR, type.wireName() + " failed: " + e);
    }
  }
}
