package io.leandevnet.crypto.trie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.leandevnet.crypto.keccak.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Root hashes from ethereum/tests TrieTests (trieanyorder) and the empty trie. */
class MerklePatriciaTrieTest {

  private static String root(String... keyValues) {
    Map<byte[], byte[]> entries = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      entries.put(
          keyValues[i].getBytes(StandardCharsets.US_ASCII),
          keyValues[i + 1].getBytes(StandardCharsets.US_ASCII));
    }
    return HexFormat.of().formatHex(MerklePatriciaTrie.root(entries));
  }

  @Test
  void emptyTrie() {
    assertEquals("56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421", root());
  }

  @Test
  void extensionAndEmbeddedNodes() {
    assertEquals(
        "8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3",
        root("doe", "reindeer", "dog", "puppy", "dogglesworth", "cat"));
  }

  @Test
  void keyThatIsAPrefixOfAnotherSitsInTheBranchValue() {
    assertEquals(
        "5991bb8c6514148a29db676a14ac506cd2cd5775ace63c30a4fe457715e9ac84",
        root("horse", "stallion", "doge", "coin", "dog", "puppy", "do", "verb"));
  }

  @Test
  void singleLeafIsHashedAtTheRoot() {
    // rlp([hex-prefix(nibbles 6 1, leaf) = 0x2061, "b"]) is 5 bytes; the root is still its hash.
    assertEquals(
        HexFormat.of().formatHex(Keccak256.hash(HexFormat.of().parseHex("c482206162"))),
        root("a", "b"));
  }

  @Test
  void emptyValuesAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MerklePatriciaTrie.root(Map.of(new byte[] {1}, new byte[0])));
  }

  @Test
  void hexPrefix() {
    assertEquals("20", HexFormat.of().formatHex(MerklePatriciaTrie.hexPrefix(new byte[0], true)));
    assertEquals(
        "001234",
        HexFormat.of().formatHex(MerklePatriciaTrie.hexPrefix(new byte[] {1, 2, 3, 4}, false)));
    assertEquals(
        "3f1c",
        HexFormat.of().formatHex(MerklePatriciaTrie.hexPrefix(new byte[] {15, 1, 12}, true)));
  }
}
