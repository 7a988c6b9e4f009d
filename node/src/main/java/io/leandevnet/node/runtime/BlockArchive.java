package io.leandevnet.node.runtime;

import io.leandevnet.consensus.containers.SignedBlock;
import io.leandevnet.node.config.NodeConfigException;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.SszException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The signed blocks a node has imported or produced, one SSZ file each under {@code
 * <data-dir>/blocks/<slot>-<root>.ssz}: what the node serves to blocks_by_root (the Store drops
 * blocks before the finalized one, a syncing peer may still need them) and what it replays after a
 * restart with the same data directory. Thread-safe.
 */
public final class BlockArchive {

  private final Path dir;
  private final Map<Bytes32, Path> files = new ConcurrentHashMap<>();

  /** Opens (creating it if needed) {@code dataDir/blocks} and indexes the blocks already there. */
  public BlockArchive(Path dataDir) {
    this.dir = dataDir.resolve("blocks");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new NodeConfigException(
          "--data-dir " + dataDir + ": cannot create " + dir + ": " + e.getMessage(), e);
    }
    try (Stream<Path> list = Files.list(dir)) {
      list.forEach(p -> rootOf(p).ifPresent(root -> files.put(root, p)));
    } catch (IOException e) {
      throw new NodeConfigException(
          "--data-dir " + dataDir + ": cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Stores a block (once per root). */
  public void put(Bytes32 root, SignedBlock block) {
    if (files.containsKey(root)) {
      return;
    }
    Path file = dir.resolve(block.block().slot() + "-" + root.toHex().replace("0x", "") + ".ssz");
    try {
      Path tmp = dir.resolve(file.getFileName() + ".tmp");
      Files.write(tmp, SignedBlock.SSZ.serialize(block));
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      files.put(root, file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** The SSZ of the signed block with this root, if archived. */
  public Optional<byte[]> get(Bytes32 root) {
    Path file = files.get(root);
    if (file == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  public int size() {
    return files.size();
  }

  /** Every readable archived block, by ascending slot (unreadable files are skipped). */
  public List<SignedBlock> blocksBySlot() {
    List<Path> sorted = new ArrayList<>(files.values());
    sorted.sort(Comparator.comparingLong(BlockArchive::slotOf));
    List<SignedBlock> blocks = new ArrayList<>();
    for (Path p : sorted) {
      try {
        blocks.add(SignedBlock.SSZ.deserialize(Files.readAllBytes(p)));
      } catch (IOException | SszException e) {
        // a torn or foreign file: the block is fetched from peers instead
      }
    }
    return blocks;
  }

  private static long slotOf(Path p) {
    String name = p.getFileName().toString();
    return Long.parseLong(name.substring(0, name.indexOf('-')));
  }

  private static Optional<Bytes32> rootOf(Path p) {
    String name = p.getFileName().toString();
    if (!name.matches("[0-9]{1,19}-[0-9a-f]{64}\\.ssz")) {
      return Optional.empty();
    }
    return Optional.of(Bytes32.fromHex(name.substring(name.indexOf('-') + 1, name.length() - 4)));
  }
}
