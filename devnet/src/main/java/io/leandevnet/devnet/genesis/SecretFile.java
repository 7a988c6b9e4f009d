package io.leandevnet.devnet.genesis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * File modes of the bundle where the file system has POSIX permissions: secret files only their
 * owner may read (0600), directories everyone may read.
 */
final class SecretFile {

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

  private SecretFile() {}

  /** Creates {@code file} (which must not exist) with mode 0600, then writes {@code content}. */
  static void write(Path file, byte[] content) throws IOException {
    if (posix(file)) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } else {
      Files.createFile(file);
    }
    Files.write(file, content);
  }

  /** Sets mode 0600 on an existing file. */
  static void restrict(Path file) throws IOException {
    if (posix(file)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  /**
   * Makes a directory readable by everyone (0755): a temporary directory starts as 0700, and the
   * bundle's public files must stay readable for client containers running as another user.
   */
  static void openDirectory(Path dir) throws IOException {
    if (posix(dir)) {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static boolean posix(Path file) {
    return file.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
