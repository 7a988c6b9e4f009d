package io.leandevnet.devnet.registry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The devnets lean-devnet knows of: one directory each under the home directory ({@code
 * $LEAN_DEVNET_HOME}, default {@code ~/.lean-devnet}), holding {@code devnet.json}, the genesis
 * bundle, node data and logs.
 */
public final class DevnetRegistry {

  /** Devnet names: lower-case letters, digits and dashes, as in a DNS label. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private static final String RECORD = "devnet.json";

  /**
   * Written into a devnet's directory by the {@code up} that is starting it (its pid), removed once
   * the record is saved: {@code gc} leaves such a directory alone while that process lives.
   */
  private static final String STARTING = "up.pid";

  private final Path home;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  public DevnetRegistry(Path home) {
    this.home = home;
  }

  /** The registry at {@code $LEAN_DEVNET_HOME} or {@code ~/.lean-devnet}. */
  public static DevnetRegistry fromEnvironment() {
    String env = System.getenv("LEAN_DEVNET_HOME");
    Path home =
        env != null && !env.isBlank()
            ? Path.of(env)
            : Path.of(System.getProperty("user.home"), ".lean-devnet");
    return new DevnetRegistry(home);
  }

  public Path home() {
    return home;
  }

  /** The directory of the devnet {@code name} (whether or not it exists). */
  public Path dir(String name) {
    checkName(name);
    return home.resolve(name);
  }

  public static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "devnet name '"
              + name
              + "': use lower-case letters, digits and dashes (at most 63, not starting or ending with a dash)");
    }
  }

  /** Writes the record atomically (a reader never sees half a file). */
  public void save(DevnetRecord record) throws IOException {
    Path dir = dir(record.name());
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, RECORD, ".tmp");
    try {
      json.writeValue(tmp.toFile(), record);
      try {
        Files.move(
            tmp,
            dir.resolve(RECORD),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, dir.resolve(RECORD), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** The record of {@code name}, or empty if there is no such devnet. */
  public Optional<DevnetRecord> find(String name) throws IOException {
    Path file = dir(name).resolve(RECORD);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(json.readValue(file.toFile(), DevnetRecord.class));
    } catch (IOException e) {
      throw new IOException(
          file
              + " is not a readable devnet record ("
              + e.getMessage().lines().findFirst().orElse("")
              + ")",
          e);
    }
  }

  /** Every recorded devnet, by name; unreadable records are skipped. */
  public List<DevnetRecord> list() throws IOException {
    List<DevnetRecord> out = new ArrayList<>();
    if (!Files.isDirectory(home)) {
      return out;
    }
    try (Stream<Path> dirs = Files.list(home)) {
      for (Path d : dirs.sorted().toList()) {
        String n = d.getFileName().toString();
        if (NAME.matcher(n).matches() && Files.isRegularFile(d.resolve(RECORD))) {
          try {
            find(n).ifPresent(out::add);
          } catch (IOException e) {
            // listed by `ls` as unreadable through the names it could not read; nothing to add here
          }
        }
      }
    }
    return out;
  }

  /** Removes the record file only, keeping data and logs. */
  public void forget(String name) throws IOException {
    Files.deleteIfExists(dir(name).resolve(RECORD));
  }

  /**
   * Deletes the devnet's directory (record, genesis, data, logs). Only a directory that holds a
   * devnet record is deleted, so a mistyped home never loses other files.
   */
  public void delete(String name) throws IOException {
    Path dir = dir(name);
    if (!Files.isRegularFile(dir.resolve(RECORD))) {
      throw new IOException(dir + " holds no devnet record; not deleting it");
    }
    forget(name); // first, so a half-deleted directory is never taken for a devnet
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Every devnet name there is a directory for, readable or not. */
  public List<String> names() throws IOException {
    if (!Files.isDirectory(home)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(home)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve(RECORD)))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList();
    }
  }

  /** Marks {@code name}'s directory as being started by this process (see {@link #leftovers}). */
  public void markStarting(String name) throws IOException {
    Path dir = Files.createDirectories(dir(name));
    Files.writeString(dir.resolve(STARTING), Long.toString(ProcessHandle.current().pid()));
  }

  /** Clears the mark of {@link #markStarting}. */
  public void clearStarting(String name) throws IOException {
    Files.deleteIfExists(dir(name).resolve(STARTING));
  }

  /**
   * What devnets left in the home directory with no record to show for it: the directory of a
   * devnet whose {@code up} died before recording it (it holds a {@code genesis}, {@code data} or
   * {@code logs} directory but no {@code devnet.json}, and no live {@code up} is starting it), and
   * the hidden {@code .…partial-…} directories of a genesis write that was interrupted, in any
   * devnet's directory. The key cache is never one of them.
   */
  public List<Path> leftovers() throws IOException {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(home)) {
      return out;
    }
    try (Stream<Path> dirs = Files.list(home)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        String n = d.getFileName().toString();
        if (n.startsWith(".") && n.contains(".partial-")) {
          out.add(d);
          continue;
        }
        if (!NAME.matcher(n).matches()) {
          continue;
        }
        boolean recorded = Files.isRegularFile(d.resolve(RECORD));
        boolean devnetShaped =
            Files.isDirectory(d.resolve("genesis"))
                || Files.isDirectory(d.resolve("data"))
                || Files.isDirectory(d.resolve("logs"));
        if (!recorded && devnetShaped && !beingStarted(d)) {
          out.add(d);
          continue;
        }
        try (Stream<Path> inside = Files.list(d)) {
          inside
              .filter(p -> p.getFileName().toString().startsWith("."))
              .filter(p -> p.getFileName().toString().contains(".partial-"))
              .filter(Files::isDirectory)
              .sorted()
              .forEach(out::add);
        }
      }
    }
    return out;
  }

  private static boolean beingStarted(Path dir) {
    try {
      long pid = Long.parseLong(Files.readString(dir.resolve(STARTING)).strip());
      return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    } catch (IOException | NumberFormatException e) {
      return false;
    }
  }
}
