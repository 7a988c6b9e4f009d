package io.leandevnet.devnet.backend.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.exception.DockerException;
import java.io.IOException;

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
      int i = body.indexOf('{');
      if (i >= 0) {
        try {
          JsonNode json = new ObjectMapper().readTree(body.substring(i));
          if (json.hasNonNull("message")) {
            return json.get("message").asText().strip();
          }
        } catch (IOException notJson) {
          // not the engine's JSON: keep docker-java's text
        }
      }
      return body.strip();
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
