package io.leandevnet.crypto.xmss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * devnet4 signatures that leanSpec's independent Python implementation (PROD_CONFIG) verifies and
 * reproduces byte for byte (see the resource header): they keep verifying here, and any change
 * breaks them.
 */
class Devnet4VectorsTest {

  @Test
  void leanSpecCheckedSignaturesVerify() throws IOException {
    byte[] pk = null;
    byte[] msg = null;
    Map<Long, byte[]> sigs = new LinkedHashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Devnet4VectorsTest.class.getResourceAsStream("devnet4-leanspec-checked.txt"),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        String[] f = line.split(" ");
        switch (f[0]) {
          case "pk" -> pk = HexFormat.of().parseHex(f[1]);
          case "msg" -> msg = HexFormat.of().parseHex(f[1]);
          case "sig" -> sigs.put(Long.parseLong(f[1]), HexFormat.of().parseHex(f[2]));
          default -> {}
        }
      }
    }
    XmssScheme scheme = XmssScheme.devnet4();
    XmssPublicKey publicKey = XmssPublicKey.fromSsz(XmssConfig.DEVNET4, pk);
    assertThat(sigs).hasSize(4);
    for (Map.Entry<Long, byte[]> e : sigs.entrySet()) {
      XmssSignature sig = XmssSignature.fromSsz(XmssConfig.DEVNET4, e.getValue());
      assertThat(e.getValue()).hasSize(2536);
      assertThat(sig.toSsz()).isEqualTo(e.getValue());
      assertThat(scheme.verify(publicKey, e.getKey(), msg, sig))
          .as("epoch %d", e.getKey())
          .isTrue();
      assertThat(scheme.verify(publicKey, e.getKey() + 1, msg, sig)).isFalse();
    }
  }
}
