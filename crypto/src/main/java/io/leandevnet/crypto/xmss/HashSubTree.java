package io.leandevnet.crypto.xmss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A stored slice of the key's Merkle tree: a bottom tree (layers 0 .. depth/2, the last holding
 * only its root) or the top tree (layers depth/2 .. depth, padded). SSZ: {@code depth u64 |
 * lowest_layer u64 | offset u32 = 20 | list of layers}.
 */
public record HashSubTree(long depth, long lowestLayer, List<HashTreeLayer> layers) {

  public HashSubTree {
    layers = List.copyOf(layers);
  }

  /** The single node of the highest layer. */
  public int[] root(int hashLen) {
    HashTreeLayer top = layers.get(layers.size() - 1);
    return Arrays.copyOfRange(top.nodes(), 0, hashLen);
  }

  /**
   * The siblings from the node at {@code position} of the lowest layer up to (not including) the
   * first layer with a single node, or up to the top layer.
   */
  List<int[]> path(long position, int hashLen) {
    HashTreeLayer first = layers.get(0);
    if (position < first.startIndex()
        || position >= first.startIndex() + first.nodeCount(hashLen)) {
      throw new IllegalArgumentException("position " + position + " is not in this subtree");
    }
    List<int[]> siblings = new ArrayList<>();
    long current = position;
    for (int l = 0; l < depth - lowestLayer; l++) {
      HashTreeLayer layer = layers.get(l);
      if (layer.nodeCount(hashLen) <= 1) {
        break;
      }
      siblings.add(layer.node(current ^ 1, hashLen));
      current >>= 1;
    }
    return siblings;
  }

  int sszLength() {
    int len = 20 + 4 * layers.size();
    for (HashTreeLayer l : layers) {
      len += l.sszLength();
    }
    return len;
  }

  void writeTo(SszWriter w) {
    w.u64(depth).u64(lowestLayer).u32(20);
    int offset = 4 * layers.size();
    for (HashTreeLayer l : layers) {
      w.u32(offset);
      offset += l.sszLength();
    }
    for (HashTreeLayer l : layers) {
      l.writeTo(w);
    }
  }

  static HashSubTree read(SszReader r, int hashLen) {
    long depth = r.u64("depth", 0);
    long lowest = r.u64("lowest_layer", 8);
    int offset = r.offset("offset", 16);
    if (offset != 20) {
      throw r.error("offset", "expected 20, got " + offset);
    }
    SszReader list = r.slice("layers", 20, r.length());
    List<HashTreeLayer> layers = new ArrayList<>();
    if (list.length() > 0) {
      int first = list.offset("offset[0]", 0);
      if (first % 4 != 0 || first == 0) {
        throw list.error("offset[0]", "expected a positive multiple of 4, got " + first);
      }
      int count = first / 4;
      int[] offsets = new int[count + 1];
      for (int i = 0; i < count; i++) {
        offsets[i] = list.offset("offset[" + i + "]", 4 * i);
        if (i > 0 && offsets[i] < offsets[i - 1]) {
          throw list.error("offset[" + i + "]", "offsets must not decrease");
        }
      }
      offsets[count] = list.length();
      for (int i = 0; i < count; i++) {
        layers.add(
            HashTreeLayer.read(
                list.slice("layer[" + i + "]", offsets[i], offsets[i + 1]), hashLen));
      }
    }
    if (layers.isEmpty()) {
      throw r.error("layers", "a subtree needs at least one layer");
    }
    return new HashSubTree(depth, lowest, layers);
  }
}
