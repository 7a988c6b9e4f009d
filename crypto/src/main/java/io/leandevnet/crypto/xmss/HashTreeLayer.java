package io.leandevnet.crypto.xmss;

import java.util.Arrays;

/**
 * One stored layer of a Merkle subtree: the nodes from absolute position {@code startIndex} on,
 * flattened ({@code hashLen} field elements per node). SSZ: {@code start_index u64 | offset u32 =
 * 12 | nodes}. The array is not copied; callers must not modify it.
 */
public record HashTreeLayer(long startIndex, int[] nodes) {

  /** Number of nodes for digests of {@code hashLen} elements. */
  public int nodeCount(int hashLen) {
    return nodes.length / hashLen;
  }

  /** The node at absolute {@code position}. */
  public int[] node(long position, int hashLen) {
    int i = Math.toIntExact(position - startIndex);
    return Arrays.copyOfRange(nodes, i * hashLen, (i + 1) * hashLen);
  }

  int sszLength() {
    return 12 + 4 * nodes.length;
  }

  void writeTo(SszWriter w) {
    w.u64(startIndex).u32(12).elements(nodes);
  }

  static HashTreeLayer read(SszReader r, int hashLen) {
    long start = r.u64("start_index", 0);
    int offset = r.offset("offset", 8);
    if (offset != 12) {
      throw r.error("offset", "expected 12, got " + offset);
    }
    int bytes = r.length() - 12;
    if (bytes % (4 * hashLen) != 0) {
      throw r.error(
          "nodes", bytes + " bytes is not a whole number of " + 4 * hashLen + "-byte digests");
    }
    return new HashTreeLayer(start, r.elements("nodes", 12, bytes / 4));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HashTreeLayer l
        && l.startIndex == startIndex
        && Arrays.equals(l.nodes, nodes);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(startIndex) * 31 + Arrays.hashCode(nodes);
  }

  @Override
  public String toString() {
    return "HashTreeLayer[startIndex=" + startIndex + ", elements=" + nodes.length + "]";
  }
}
