package io.leandevnet.crypto.hashsig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * File modes of a key directory or genesis bundle where the file system has POSIX permissions:
 * secret files only their owner may read (0600), directories everyone may read.
 */
public final class SecretFile {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private SecretFile() {}

  /** Creates {@code file} (which must not exist) with mode 0600, then writes {@code content}. */
  public static void write(Path file, byte[] content) throws IOException {
    create(file);
    Files.write(file, content);
  }

  /** Copies {@code from} to a new file {@code to} with mode 0600, streaming (keys are MiBs). */
  public static void copy(Path from, Path to) throws IOException {
    create(to);
    try (OutputStream out = Files.newOutputStream(to)) {
      Files.copy(from, out);
    }
  }

  private static void create(Path file) throws IOException {
    if (posix(file)) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(file);
    }
  }

  /**
   * Makes a directory readable by everyone (0755): a temporary directory starts as 0700, and the
   * bundle's public files must stay readable for client containers running as another user.
   */
  public static void openDirectory(Path dir) throws IOException {
    if (posix(dir)) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static boolean posix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
