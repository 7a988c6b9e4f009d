package io.leandevnet.devnet.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigManifest;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.crypto.xmss.XmssPublicKey;
import io.leandevnet.crypto.xmss.XmssScheme;
import io.leandevnet.crypto.xmss.XmssSchemeKind;
import io.leandevnet.crypto.xmss.XmssSecretKey;
import io.leandevnet.crypto.xmss.XmssSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyCacheTest {

  @TempDir Path tmp;

  @Test
  void generatesOnceGrowsOnDemandAndServesRealKeys() throws IOException {
    List<String> messages = new ArrayList<>();
    KeyCache cache = new KeyCache(tmp.resolve("cache"), XmssSchemeKind.SMALL, messages::add);

    Path first = Files.createDirectories(tmp.resolve("a"));
    cache.writeKeys(2, 4, first);
    assertThat(messages)
        .anyMatch(
            m ->
                m.startsWith("XMSS keys: the key cache ")
                    && m.contains(
                        " has 0 of the 2 validators needed; generating 4 small keys (2 validators")
                    && m.matches(
                        ".*about [0-9.hms]+ on [0-9]+ cores? \\(≈ [0-9.]+ core-s per key, [A-Z_]+ path\\).*"));
    HashSigManifest m1 = HashSigKeyDir.open(first).manifest();
    assertThat(m1.numValidators()).isEqualTo(2);
    assertThat(Files.getPosixFilePermissions(first.resolve("validator_1_attester_key_sk.ssz")))
        .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

    messages.clear();
    Path second = Files.createDirectories(tmp.resolve("b"));
    cache.writeKeys(3, 4, second);
    assertThat(messages)
        .anyMatch(
            m ->
                m.contains(
                    " has 2 of the 3 validators needed; generating 2 small keys (1 validators"));
    assertThat(Files.readAllBytes(second.resolve("validator_1_proposer_key_pk.ssz")))
        .as("validator 1 keeps its cached key")
        .isEqualTo(Files.readAllBytes(first.resolve("validator_1_proposer_key_pk.ssz")));
    assertThat(HashSigKeyDir.open(second).manifest().numValidators()).isEqualTo(3);

    messages.clear();
    Path third = Files.createDirectories(tmp.resolve("c"));
    cache.writeKeys(2, 4, third);
    assertThat(messages)
        .containsExactly("XMSS keys: 2 validators from the key cache " + cache.dir(4));

    // the served key signs and verifies for real
    XmssConfig config = XmssConfig.SMALL;
    XmssScheme scheme = XmssScheme.of(config);
    XmssSecretKey sk =
        XmssSecretKey.fromSsz(
            config,
            Files.readAllBytes(
                third
                    .resolve("validator_2_attester_key_sk.ssz")
                    .getParent()
                    .resolve("validator_1_attester_key_sk.ssz")));
    XmssPublicKey pk =
        XmssPublicKey.fromSsz(
            config, Files.readAllBytes(third.resolve("validator_1_attester_key_pk.ssz")));
    byte[] message = new byte[32];
    message[0] = 7;
    XmssSignature sig = scheme.sign(sk, 3, message);
    assertThat(scheme.verify(pk, 3, message, sig)).isTrue();
    assertThat(scheme.verify(pk, 4, message, sig)).isFalse();
  }

  @Test
  void aRunInterruptedAfterSomeValidatorsResumesFromThem() throws IOException {
    Path root = tmp.resolve("cache");
    KeyCache cache = new KeyCache(root, XmssSchemeKind.SMALL, m -> {});
    cache.writeKeys(1, 4, Files.createDirectories(tmp.resolve("a")));
    byte[] kept = Files.readAllBytes(cache.dir(4).resolve("validator_0_proposer_key_pk.ssz"));
    // What a Ctrl-C leaves: validator 0 in the cache and its manifest, a half-written work dir.
    Path stale = Files.createDirectories(root.resolve(".keygen-123"));
    Files.write(stale.resolve("validator_0_proposer_key_sk.ssz"), new byte[] {1, 2, 3});

    List<String> messages = new ArrayList<>();
    Path second = Files.createDirectories(tmp.resolve("b"));
    new KeyCache(root, XmssSchemeKind.SMALL, messages::add).writeKeys(2, 4, second);
    assertThat(messages).anyMatch(m -> m.contains(" has 1 of the 2 validators needed"));
    assertThat(Files.readAllBytes(second.resolve("validator_0_proposer_key_pk.ssz")))
        .isEqualTo(kept);
    assertThat(HashSigKeyDir.open(cache.dir(4)).manifest().numValidators()).isEqualTo(2);
    assertThat(stale).doesNotExist();
  }

  @Test
  void forceKeygenSetsTheOldKeysAsideAndMakesNewOnes() throws IOException {
    Path root = tmp.resolve("cache");
    Path first = Files.createDirectories(tmp.resolve("a"));
    new KeyCache(root, XmssSchemeKind.SMALL, m -> {}).writeKeys(1, 4, first);
    List<String> messages = new ArrayList<>();
    Path second = Files.createDirectories(tmp.resolve("b"));
    new KeyCache(root, XmssSchemeKind.SMALL, messages::add, true).writeKeys(1, 4, second);
    assertThat(messages)
        .anyMatch(m -> m.startsWith("XMSS keys: --force-keygen: previous cached keys moved to "));
    assertThat(Files.readAllBytes(second.resolve("validator_0_attester_key_pk.ssz")))
        .isNotEqualTo(Files.readAllBytes(first.resolve("validator_0_attester_key_pk.ssz")));
    try (var entries = Files.list(root)) {
      assertThat(entries.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("small-active-2pow4.replaced-"));
    }
  }

  @Test
  void aSubsetOfTheCacheHasAManifestDescribingItsOwnKeys() throws IOException {
    Path root = tmp.resolve("cache");
    new KeyCache(root, XmssSchemeKind.SMALL, m -> {})
        .writeKeys(3, 4, Files.createDirectories(tmp.resolve("a")));
    Path two = Files.createDirectories(tmp.resolve("b"));
    new KeyCache(root, XmssSchemeKind.SMALL, m -> {}).writeKeys(2, 4, two);
    String manifest = Files.readString(two.resolve(HashSigKeyDir.MANIFEST));
    assertThat(manifest)
        .contains("# Generated by lean-devnet\n")
        .contains("key_scheme: " + XmssConfig.SMALL.schemeName() + "\n")
        .contains("hash_function: Poseidon1\n")
        .contains("lifetime: 65536\n")
        .contains("num_validators: 2\n")
        .doesNotContain("hash-sig-cli")
        .doesNotContain("Poseidon2")
        .doesNotContain("4294967296");
    assertThat(HashSigKeyDir.open(two).scheme()).isEqualTo(XmssConfig.SMALL);
  }

  @Test
  void aTruncatedCachedKeyIsRefusedNamingTheFileAndTheWayOut() throws IOException {
    Path root = tmp.resolve("cache");
    KeyCache cache = new KeyCache(root, XmssSchemeKind.SMALL, m -> {});
    cache.writeKeys(2, 4, Files.createDirectories(tmp.resolve("a")));
    assertThat(cache.dir(4).resolve(HashSigKeyDir.CHECKSUMS)).isRegularFile();
    Path sk = cache.dir(4).resolve("validator_1_proposer_key_sk.ssz");
    truncate(sk);

    Path target = Files.createDirectories(tmp.resolve("b"));
    assertThatThrownBy(() -> cache.writeKeys(2, 4, target))
        .isInstanceOf(GenesisException.class)
        .hasMessageContaining(sk + ": damaged")
        .hasMessageContaining("--force-keygen");
    try (var left = Files.list(target)) {
      assertThat(left).as("nothing copied").isEmpty();
    }

    // a cache from before checksums: the key is decoded instead
    Files.delete(cache.dir(4).resolve(HashSigKeyDir.CHECKSUMS));
    assertThatThrownBy(() -> cache.writeKeys(2, 4, target))
        .hasMessageContaining(sk + ": not a small XMSS secret key")
        .hasMessageContaining("--force-keygen");

    // the way out works
    new KeyCache(root, XmssSchemeKind.SMALL, m -> {}, true).writeKeys(2, 4, target);
    assertThat(target.resolve("validator_1_proposer_key_sk.ssz")).isRegularFile();
  }

  private static void truncate(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }
}
