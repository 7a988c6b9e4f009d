package io.leandevnet.node.net;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a request: a code, an error message (empty on success) and the response chunks
 * (opaque SSZ payloads: one {@code Status}, or one {@code SignedBlock} per root found).
 */
public record Response(ResponseCode code, String message, List<byte[]> chunks) {

  /** Most chunks in one response: MAX_REQUEST_BLOCKS of leanSpec's networking config. */
  public static final int MAX_CHUNKS = 1024;

  /** Longest error message on the wire, in UTF-8 bytes. */
  public static final int MAX_MESSAGE_BYTES = 256;

  public Response {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    chunks = List.copyOf(chunks);
  }

  public static Response ok(List<byte[]> chunks) {
    return new Response(ResponseCode.SUCCESS, "", chunks);
  }

  public static Response ok(byte[] chunk) {
    return ok(List.of(chunk));
  }

  public static Response error(ResponseCode code, String message) {
    if (code == ResponseCode.SUCCESS) {
      throw new IllegalArgumentException("an error response needs an error code");
    }
    return new Response(code, message, List.of());
  }

  public boolean isSuccess() {
    return code == ResponseCode.SUCCESS;
  }
}
