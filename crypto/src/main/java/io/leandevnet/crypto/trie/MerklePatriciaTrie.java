package io.leandevnet.crypto.trie;

import io.leandevnet.crypto.keccak.Keccak256;
import io.leandevnet.crypto.rlp.Rlp;
import io.leandevnet.crypto.rlp.RlpItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The root hash of Ethereum's Merkle-Patricia trie (Yellow Paper appendix D) over a fixed set of
 * key/value pairs, as the state root and storage roots of a genesis block need it: built once from
 * all entries, never updated.
 *
 * <p>Keys are read as nibble paths (high nibble first). A node is a leaf {@code [hex-prefix(path,
 * leaf), value]}, an extension {@code [hex-prefix(path), child]} over a shared path, or a branch of
 * 16 children plus a value. A child whose RLP is shorter than 32 bytes is embedded as it is, a
 * longer one is referenced by its Keccak-256; the root is always hashed. The empty trie's root is
 * {@code keccak256(rlp(""))} ({@code 0x56e81f…b421}).
 */
public final class MerklePatriciaTrie {

  private MerklePatriciaTrie() {}

  /** The root of the trie holding {@code entries} (keys of any length, values non-empty). */
  public static byte[] root(Map<byte[], byte[]> entries) {
    TreeMap<byte[], byte[]> sorted = new TreeMap<>(Arrays::compareUnsigned);
    for (Map.Entry<byte[], byte[]> e : entries.entrySet()) {
      if (e.getValue().length == 0) {
        throw new IllegalArgumentException(
            "trie values must not be empty (an empty value is absent)");
      }
      if (sorted.put(e.getKey().clone(), e.getValue().clone()) != null) {
        throw new IllegalArgumentException("duplicate trie key");
      }
    }
    if (sorted.isEmpty()) {
      return Keccak256.hash(Rlp.encode(RlpItem.bytes(new byte[0])));
    }
    List<Leaf> leaves = new ArrayList<>();
    sorted.forEach((k, v) -> leaves.add(new Leaf(nibbles(k), v)));
    return Keccak256.hash(Rlp.encode(node(leaves, 0)));
  }

  private record Leaf(byte[] path, byte[] value) {}

  /** The node for {@code leaves} (sorted, sharing their first {@code depth} nibbles). */
  private static RlpItem node(List<Leaf> leaves, int depth) {
    if (leaves.size() == 1) {
      Leaf only = leaves.getFirst();
      return RlpItem.list(
          List.of(
              RlpItem.bytes(
                  hexPrefix(Arrays.copyOfRange(only.path, depth, only.path.length), true)),
              RlpItem.bytes(only.value)));
    }
    int shared = sharedPrefix(leaves, depth);
    if (shared > 0) {
      byte[] path = Arrays.copyOfRange(leaves.getFirst().path, depth, depth + shared);
      return RlpItem.list(
          List.of(RlpItem.bytes(hexPrefix(path, false)), reference(node(leaves, depth + shared))));
    }
    List<RlpItem> branch = new ArrayList<>(17);
    byte[] value = new byte[0];
    int i = 0;
    if (leaves.getFirst().path.length == depth) {
      value = leaves.getFirst().value;
      i = 1;
    }
    for (int nibble = 0; nibble < 16; nibble++) {
      int start = i;
      while (i < leaves.size() && leaves.get(i).path[depth] == nibble) {
        i++;
      }
      branch.add(
          start == i
              ? RlpItem.bytes(new byte[0])
              : reference(node(leaves.subList(start, i), depth + 1)));
    }
    branch.add(RlpItem.bytes(value));
    return RlpItem.list(branch);
  }

  /** How a parent holds a child: embedded when its RLP is under 32 bytes, else by hash. */
  private static RlpItem reference(RlpItem child) {
    byte[] encoded = Rlp.encode(child);
    return encoded.length < 32 ? child : RlpItem.bytes(Keccak256.hash(encoded));
  }

  /** The nibbles after {@code depth} that every leaf shares (0 when one path ends there). */
  private static int sharedPrefix(List<Leaf> leaves, int depth) {
    byte[] first = leaves.getFirst().path;
    byte[] last = leaves.getLast().path; // sorted: first and last differ earliest
    int n = 0;
    while (depth + n < first.length
        && depth + n < last.length
        && first[depth + n] == last[depth + n]) {
      n++;
    }
    return n;
  }

  private static byte[] nibbles(byte[] key) {
    byte[] out = new byte[key.length * 2];
    for (int i = 0; i < key.length; i++) {
      out[2 * i] = (byte) ((key[i] >> 4) & 0x0f);
      out[2 * i + 1] = (byte) (key[i] & 0x0f);
    }
    return out;
  }

  /** Hex-prefix encoding (Yellow Paper appendix C): flag nibble 2 for a leaf, +1 for odd length. */
  static byte[] hexPrefix(byte[] path, boolean leaf) {
    int flag = (leaf ? 2 : 0) + (path.length % 2);
    byte[] out = new byte[path.length / 2 + 1];
    int p = 0;
    if (path.length % 2 == 1) {
      out[0] = (byte) ((flag << 4) | path[0]);
      p = 1;
    } else {
      out[0] = (byte) (flag << 4);
    }
    for (int i = 1; i < out.length; i++, p += 2) {
      out[i] = (byte) ((path[p] << 4) | path[p + 1]);
    }
    return out;
  }
}
