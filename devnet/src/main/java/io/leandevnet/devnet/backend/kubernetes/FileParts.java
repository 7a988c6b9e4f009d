package io.leandevnet.devnet.backend.kubernetes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a set of files travels in Kubernetes objects (ConfigMaps, Secrets) that may each hold at most
 * {@link #MAX_OBJECT_BYTES}: a file that fits shares an object with others; a larger one (a devnet4
 * XMSS secret key is 8 MiB) is cut into parts of at most that size, one object each. Pure: only
 * sizes, no bytes; {@link BundlePublisher} reads each part's range when it creates the object.
 *
 * <p>The API server refuses ConfigMaps and Secrets over 1 MiB of data (1,048,576 bytes); the limit
 * here leaves room for the keys and metadata.
 */
final class FileParts {

  static final int MAX_OBJECT_BYTES = 900 * 1024;

  /**
   * One file to send.
   *
   * @param path its path under the genesis directory ({@code hash-sig-keys/validator_0_…})
   * @param size its length in bytes
   */
  record File(String path, Path source, long size) {
    File {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(source, "source");
    }
  }

  /** A byte range of a file, stored under {@code key} in an object. */
  record Part(String key, File file, long offset, int length) {}

  /** One object's content: its parts, at most {@link #MAX_OBJECT_BYTES} together. */
  record Chunk(List<Part> parts) {
    Chunk {
      parts = List.copyOf(parts);
    }

    long bytes() {
      return parts.stream().mapToLong(Part::length).sum();
    }
  }

  /** Every file with the keys of its parts in order, and the objects that hold them. */
  record Layout(List<Chunk> chunks, List<Assembly> files) {
    Layout {
      chunks = List.copyOf(chunks);
      files = List.copyOf(files);
    }
  }

  /** A file and the keys whose values, concatenated in order, are its bytes. */
  record Assembly(File file, List<String> keys) {
    Assembly {
      keys = List.copyOf(keys);
    }
  }

  private FileParts() {}

  /**
   * The key a file's part is stored under: its path with {@code /} as {@code .} (object keys allow
   * only letters, digits, {@code -_.}), plus {@code .NNN} when the file is cut into several parts.
   */
  static String key(String path, int part, boolean cut) {
    String flat = path.replace('/', '.');
    return cut ? flat + String.format(".%03d", part) : flat;
  }

  /** Packs {@code files}, in order, into chunks of at most {@code limit} bytes. */
  static Layout pack(List<File> files, int limit) {
    List<Chunk> chunks = new ArrayList<>();
    List<Assembly> assemblies = new ArrayList<>();
    List<Part> open = new ArrayList<>();
    long openBytes = 0;
    for (File f : files) {
      boolean cut = f.size() > limit;
      List<String> keys = new ArrayList<>();
      if (!cut) {
        if (openBytes + f.size() > limit) {
          chunks.add(new Chunk(open));
          open = new ArrayList<>();
          openBytes = 0;
        }
        String key = key(f.path(), 0, false);
        open.add(new Part(key, f, 0, (int) f.size()));
        openBytes += f.size();
        keys.add(key);
      } else {
        int n = 0;
        for (long offset = 0; offset < f.size(); offset += limit, n++) {
          String key = key(f.path(), n, true);
          chunks.add(
              new Chunk(
                  List.of(new Part(key, f, offset, (int) Math.min(limit, f.size() - offset)))));
          keys.add(key);
        }
      }
      assemblies.add(new Assembly(f, keys));
    }
    if (!open.isEmpty()) {
      chunks.add(new Chunk(open));
    }
    return new Layout(chunks, assemblies);
  }
}
