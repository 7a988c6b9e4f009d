package io.leandevnet.devnet.backend.docker;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A build context for the engine: a tar of a {@code Dockerfile} and a directory tree under {@code
 * rootfs/}, with executable bits kept and directories world-writable and sticky (mode 1777), as
 * {@code /tmp} is: nothing in these images is private.
 */
final class ImageContext {
  private ImageContext() {}

  static void write(Path tar, Path rootfs, String dockerfile) throws IOException {
    try (OutputStream file = Files.newOutputStream(tar);
        TarArchiveOutputStream out = new TarArchiveOutputStream(file)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      byte[] df = dockerfile.getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry d = new TarArchiveEntry("Dockerfile");
      d.setSize(df.length);
      d.setMode(0644);
      out.putArchiveEntry(d);
      out.write(df);
      out.closeArchiveEntry();
      try (Stream<Path> walk = Files.walk(rootfs)) {
        for (Path p : walk.sorted().toList()) {
          String rel = rootfs.relativize(p).toString();
          String name = "rootfs/" + rel;
          if (Files.isDirectory(p)) {
            TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
            e.setMode(01777); // /tmp, data directories: writable by any user the image runs as
            out.putArchiveEntry(e);
            out.closeArchiveEntry();
          } else {
            TarArchiveEntry e = new TarArchiveEntry(name);
            e.setSize(Files.size(p));
            e.setMode(Files.isExecutable(p) ? 0755 : 0644);
            out.putArchiveEntry(e);
            Files.copy(p, out);
            out.closeArchiveEntry();
          }
        }
      }
      out.finish();
    }
  }
}
