package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * leanSpec's stored TEST_CONFIG key pairs: rebuilt byte for byte from their PRF key, parameter and
 * top-tree pads, and usable for signing.
 */
class LeanSpecTestKeysTest {

  private static final XmssScheme SCHEME = XmssScheme.of(XmssConfig.TEST);

  record StoredKey(String name, byte[] publicKey, byte[] secretKey) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<StoredKey> storedKeys() throws IOException {
    List<StoredKey> keys = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                LeanSpecTestKeysTest.class.getResourceAsStream("leanspec-test-scheme-keys.txt"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split(" ");
        keys.add(
            new StoredKey(
                f[0] + "." + f[1], HexFormat.of().parseHex(f[2]), HexFormat.of().parseHex(f[3])));
      }
    }
    assertThat(keys).hasSize(4);
    return keys.stream();
  }

  @ParameterizedTest
  @MethodSource("storedKeys")
  void ssZRoundTripsExactly(StoredKey stored) {
    XmssSecretKey sk = XmssSecretKey.fromSsz(XmssConfig.TEST, stored.secretKey());
    XmssPublicKey pk = XmssPublicKey.fromSsz(XmssConfig.TEST, stored.publicKey());
    assertThat(sk.toSsz()).isEqualTo(stored.secretKey());
    assertThat(pk.toSsz()).isEqualTo(stored.publicKey());
    assertThat(pk.parameter()).containsExactly(sk.parameter());
  }

  @ParameterizedTest
  @MethodSource("storedKeys")
  void rebuildsTheKeyPairByteForByteFromItsRandomness(StoredKey stored) {
    XmssSecretKey sk = XmssSecretKey.fromSsz(XmssConfig.TEST, stored.secretKey());
    HashSubTree top = sk.topTree();
    int hashLen = XmssConfig.TEST.hashLen();
    PadSource storedPads =
        (level, position) ->
            top.layers().get(level - (int) top.lowestLayer()).node(position, hashLen);

    XmssKeyPair rebuilt =
        SCHEME.keyGen(
            sk.prfKey(),
            sk.parameter(),
            sk.activationEpoch(),
            sk.numActiveEpochs(),
            storedPads,
            ForkJoinPool.commonPool(),
            n -> {});

    assertThat(rebuilt.publicKey().toSsz()).isEqualTo(stored.publicKey());
    assertThat(rebuilt.secretKey().toSsz()).isEqualTo(stored.secretKey());

    // The scalar leaf code (used when the Vector API is off) gives the stored leaves too.
    HashTreeLayer leaves = sk.leftBottomTree().layers().get(0);
    int[] scalar = new int[leaves.nodes().length];
    new PoseidonTweakHash(XmssConfig.TEST)
        .leavesScalar(
            new ShakePrf(hashLen, XmssConfig.TEST.randLen()),
            sk.prfKey(),
            sk.parameter(),
            leaves.startIndex(),
            scalar.length / hashLen,
            scalar,
            0);
    assertThat(scalar).containsExactly(leaves.nodes());
  }

  @ParameterizedTest
  @MethodSource("storedKeys")
  void storedKeysSignAndVerify(StoredKey stored) {
    XmssSecretKey sk = XmssSecretKey.fromSsz(XmssConfig.TEST, stored.secretKey());
    XmssPublicKey pk = XmssPublicKey.fromSsz(XmssConfig.TEST, stored.publicKey());
    byte[] message = new byte[32];
    for (int i = 0; i < 32; i++) {
      message[i] = (byte) (i * 7 + 1);
    }
    for (long epoch : new long[] {sk.activeStart(), sk.activeStart() + 17, sk.activeStart() + 31}) {
      XmssSignature sig = SCHEME.sign(sk, epoch, message);
      byte[] bytes = sig.toSsz();
      assertThat(bytes).hasSize(XmssConfig.TEST.signatureBytes());
      assertThat(SCHEME.verify(pk, epoch, message, XmssSignature.fromSsz(XmssConfig.TEST, bytes)))
          .isTrue();
      assertThat(SCHEME.verify(pk, epoch + 1, message, sig)).isFalse();
    }
  }
}
