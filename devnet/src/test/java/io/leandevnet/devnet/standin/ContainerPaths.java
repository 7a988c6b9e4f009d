package io.leandevnet.devnet.standin;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where a path the client is given lies on the filesystem the stand-in runs on. Inside a container
 * a path is itself; a test without a container maps each mount target ({@code /config}, {@code
 * /data}) to a host directory, as the backend would.
 *
 * @param mounts mount target inside the container to host directory; empty inside a container
 */
record ContainerPaths(Map<String, Path> mounts) {

  ContainerPaths {
    mounts = Map.copyOf(mounts);
  }

  /** Paths as they are: the stand-in runs inside the container. */
  static ContainerPaths inContainer() {
    return new ContainerPaths(Map.of());
  }

  /** The file {@code containerPath} names, on this filesystem; empty when it lies on no mount. */
  Path resolve(String containerPath) {
    if (mounts.isEmpty()) {
      return Path.of(containerPath);
    }
    String best = null;
    for (String target : mounts.keySet()) {
      if ((containerPath.equals(target) || containerPath.startsWith(target + "/"))
          && (best == null || target.length() > best.length())) {
        best = target;
      }
    }
    if (best == null) {
      // Not on a mount: in a container it would be the image's own filesystem, which holds none
      // of the devnet's files. A path no test directory has stands for it.
      return Path.of("/nonexistent-in-container" + containerPath);
    }
    String rest = containerPath.substring(best.length());
    return rest.isEmpty() ? mounts.get(best) : mounts.get(best).resolve(rest.substring(1));
  }
}
