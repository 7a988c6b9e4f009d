package io.leandevnet.crypto.enr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.crypto.rlp.RlpItem;
import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EnrTest {

  private static final HexFormat HEX = HexFormat.of();

  /** EIP-778 "Test Vectors" (ethereum/devp2p enr.md): key, record and node id. */
  private static final String EIP778_KEY =
      "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291";

  private static final String EIP778_RECORD =
      "enr:-IS4QHCYrYZbAKWCBRlAy5zzaDZXJBGkcnh4MHcBFZntXNFrdvJjX04jRzjzCBOonrkTfj499SZuOh8R33Ls8RRcy5wB"
          + "gmlkgnY0gmlwhH8AAAGJc2VjcDI1NmsxoQPKY0yuDUmstAHYpMa2_oxVtw0RW_QAdpzBQA8yWM0xOIN1ZHCCdl8";

  private static final String EIP778_NODE_ID =
      "a448f24c6d18e575453db13171562b71999873db5b286df957af199ec94617f7";

  private static final String EIP778_SIGNATURE =
      "7098ad865b00a582051940cb9cf36836572411a47278783077011599ed5cd16b"
          + "76f2635f4e234738f30813a89eb9137e3e3df5266e3a1f11df72ecf1145ccb9c";

  @Test
  void rebuildsTheEip778ExampleByteForByteFromItsKeyAndFields() {
    Enr enr =
        Enr.builder()
            .seq(1)
            .ip("127.0.0.1")
            .udp(30303)
            .sign(Secp256k1PrivateKey.fromHex(EIP778_KEY));

    assertThat(enr.toText()).isEqualTo(EIP778_RECORD);
    assertThat(HEX.formatHex(enr.signature())).isEqualTo(EIP778_SIGNATURE);
    assertThat(HEX.formatHex(enr.nodeId())).isEqualTo(EIP778_NODE_ID);
  }

  @Test
  void decodesAndVerifiesTheEip778Example() {
    Enr enr = Enr.fromText(EIP778_RECORD);

    assertThat(enr.seq()).isEqualTo(1);
    assertThat(enr.ip()).contains("127.0.0.1");
    assertThat(enr.udp()).hasValue(30303);
    assertThat(enr.tcp()).isEmpty();
    assertThat(enr.quic()).isEmpty();
    assertThat(enr.publicKey().toHex())
        .isEqualTo("03ca634cae0d49acb401d8a4c6b6fe8c55b70d115bf400769cc1400f3258cd3138");
    assertThat(HEX.formatHex(enr.nodeId())).isEqualTo(EIP778_NODE_ID);
    assertThat(enr.pairs().keySet()).containsExactly("id", "ip", "secp256k1", "udp");
    assertThat(enr.toText()).isEqualTo(EIP778_RECORD);
  }

  /**
   * lean-quickstart commit 9304ad9 (blockblaz/lean-quickstart local-devnet/genesis): the
   * validator-config.yaml privkeys with quic 9000/9001/9002 and the nodes.yaml that
   * eth-beacon-genesis wrote from them.
   */
  @Test
  void reproducesTheEnrsEthBeaconGenesisWroteForLeanQuickstart() {
    assertThat(
            Enr.builder()
                .ip("127.0.0.1")
                .quic(9000)
                .sign(
                    Secp256k1PrivateKey.fromHex(
                        "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5"))
                .toText())
        .isEqualTo(
            "enr:-IW4QMn2QUYENcnsEpITZLph3YZee8Y3B92INUje_riQUOFQQ5Zm5kASi7E_IuQoGCWgcmCYrH920Q52kH7tQ"
                + "cWcPhEBgmlkgnY0gmlwhH8AAAGEcXVpY4IjKIlzZWNwMjU2azGhAhMMnGF1rmIPQ9tWgqfkNmvsG-aIyc9EJU5JFo3Tegys");
    assertThat(
            Enr.builder()
                .ip("127.0.0.1")
                .quic(9001)
                .sign(
                    Secp256k1PrivateKey.fromHex(
                        "af27950128b49cda7e7bc9fcb7b0270f7a3945aa7543326f3bfdbd57d2a97a32"))
                .toText())
        .isEqualTo(
            "enr:-IW4QDc1Hkslu0Bw11YH4APkXvSWukp5_3VdIrtwhWomvTVVAS-EQNB-rYesXDxhHA613gG9OGR_AiIyE0Ve"
                + "MltTd2cBgmlkgnY0gmlwhH8AAAGEcXVpY4IjKYlzZWNwMjU2azGhA5_HplOwUZ8wpF4O3g4CBsjRMI6kQYT7ph5LkeKzLgTS");
    assertThat(
            Enr.builder()
                .ip("127.0.0.1")
                .quic(9002)
                .sign(
                    Secp256k1PrivateKey.fromHex(
                        "c2bbdac5e876b3e9d4b8b6b8c2bbdac5e876b3e9d4b8b6b8c2bbdac5e876b3e9"))
                .toText())
        .isEqualTo(
            "enr:-IW4QGrhos4INy6JB19eJIPA7IEi7seQABUthj_PjNNoOb7WbvNBMGreEncC5Kim-2cup44-50mjuqoAMjiv"
                + "r7I7mG8BgmlkgnY0gmlwhH8AAAGEcXVpY4IjKolzZWNwMjU2azGhA7NTxgfOmGE2EQa4HhsXxFOeHdTLYIc2MEBczymm9IUN");
  }

  @Test
  void nodeIdMatchesTheOneLeanQuickstartNotes() {
    // lean-quickstart 9304ad9 validator-config.yaml comment for zeam_0: "node id 7d0904dc..."
    Enr enr =
        Enr.builder()
            .ip("127.0.0.1")
            .quic(9000)
            .sign(
                Secp256k1PrivateKey.fromHex(
                    "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5"));
    assertThat(HEX.formatHex(enr.nodeId()))
        .isEqualTo("7d0904dc6d8d7130e0e68d5d3175d0c3cf470f8725f67bd8320882f5b9753cc0");
  }

  @Test
  void keysAreSortedWhateverTheOrderTheyWereSetIn() {
    Secp256k1PrivateKey key = Secp256k1PrivateKey.fromHex(EIP778_KEY);
    Enr a = Enr.builder().udp(1).tcp(2).quic(3).ip("10.0.0.1").ip6("::1").sign(key);
    Enr b = Enr.builder().ip6("::1").ip("10.0.0.1").quic(3).tcp(2).udp(1).sign(key);
    assertThat(a.toText()).isEqualTo(b.toText());
    assertThat(a.pairs().keySet())
        .containsExactly("id", "ip", "ip6", "quic", "secp256k1", "tcp", "udp");
    Enr back = Enr.fromText(a.toText());
    assertThat(back.ip6()).contains("0:0:0:0:0:0:0:1");
    assertThat(back.tcp()).hasValue(2);
    assertThat(back.quic()).hasValue(3);
  }

  @Test
  void customEntriesAndSeqRoundTrip() {
    Enr enr =
        Enr.builder()
            .seq(7)
            .set("eth2", RlpItem.bytes(new byte[] {1, 2, 3}))
            .sign(Secp256k1PrivateKey.fromHex(EIP778_KEY));
    Enr back = Enr.fromText(enr.toText());
    assertThat(back.seq()).isEqualTo(7);
    assertThat(back.pairs().get("eth2")).isEqualTo(RlpItem.bytes(new byte[] {1, 2, 3}));
  }

  @Test
  void aTamperedRecordFailsItsSignature() {
    byte[] raw = Base64.getUrlDecoder().decode(EIP778_RECORD.substring(4));
    raw[raw.length - 1] ^= 1; // the udp port
    String tampered = "enr:" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    assertThatThrownBy(() -> Enr.fromText(tampered))
        .isInstanceOf(EnrException.class)
        .hasMessageContaining("signature does not match");
  }

  @Test
  void rejectsMalformedText() {
    assertThatThrownBy(() -> Enr.fromText("enode://abc"))
        .hasMessageContaining("starts with 'enr:'");
    assertThatThrownBy(() -> Enr.fromText("enr:***")).hasMessageContaining("base64url");
    assertThatThrownBy(() -> Enr.fromText("enr:wA")).hasMessageContaining("signature, a seq");
  }

  @Test
  void rejectsBadFieldValues() {
    assertThatThrownBy(() -> Enr.builder().ip("127.0.0"))
        .hasMessageContaining("'127.0.0' is not an IPv4 address");
    assertThatThrownBy(() -> Enr.builder().ip("localhost"))
        .hasMessageContaining("not an IPv4 address");
    assertThatThrownBy(() -> Enr.builder().quic(70000)).hasMessageContaining("0-65535");
    assertThatThrownBy(() -> Enr.builder().set("id", RlpItem.string("v5")))
        .hasMessageContaining("set from the signing key");
  }

  @Test
  void refusesRecordsOverThreeHundredBytes() {
    assertThatThrownBy(
            () ->
                Enr.builder()
                    .set("big", RlpItem.bytes(new byte[250]))
                    .sign(Secp256k1PrivateKey.fromHex(EIP778_KEY)))
        .isInstanceOf(EnrException.class)
        .hasMessageContaining("more than the 300 allowed");
  }
}
