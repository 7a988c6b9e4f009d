package io.leandevnet.devnet.backend.docker;

import com.github.dockerjava.api.exception.DockerException;

/** The engine's own words for a failed API call, without docker-java's wrapping. */
final class DockerErrors {
  private DockerErrors() {}

  /**
   * The message the engine sent (its JSON {@code message}), or the innermost cause's for transport
   * failures.
   */
  static String message(Throwable e) {
    if (e instanceof DockerException d) {
      String body = d.getMessage();
      int i = body.indexOf("{\"message\":\"");
      if (i >= 0) {
        int end = body.indexOf("\"}", i);
        return body.substring(i + 12, end > 0 ? end : body.length()).trim();
      }
      return body.trim();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
