package io.leandevnet.devnet.clients;

import java.util.Objects;

/**
 * A small text file a launcher computed for its service (peam's {@code peam.conf}). The backend
 * makes it exist, with this content, at {@code path} inside the container before the entrypoint
 * runs. When {@code path} lies under a {@link Mount}'s target, writing it into that mount's
 * directory on the host is enough (Docker); a Kubernetes backend can mount it from a ConfigMap.
 *
 * @param path absolute path as the container sees it, e.g. {@code /data/peam.conf}
 * @param content the file's text (UTF-8)
 */
public record GeneratedFile(String path, String content) {

  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a generated file's path must be absolute: " + path);
    }
  }

  /** The file name, the last element of {@link #path}. */
  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
