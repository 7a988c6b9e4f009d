package io.leandevnet.crypto.libp2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.crypto.secp256k1.Secp256k1PrivateKey;
import io.leandevnet.crypto.secp256k1.Secp256k1PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerIdTest {

  /**
   * libp2p/jvm-libp2p libp2p/src/test/kotlin/io/libp2p/core/PeerIdTest.kt, "from Secp256k private
   * key hex": a go-libp2p serialized secp256k1 key (protobuf 08 02 12 20 ‖ key) and its peer id.
   */
  @Test
  void peerIdOfTheJvmLibp2pPrivateKeyVector() {
    Secp256k1PrivateKey key =
        Secp256k1PrivateKey.fromHex(
            "6FD7AF84823661AE4F0FDB05D83BD5569B4270FE94C8AD79CCB7E3F843DEFCB1");
    assertThat(PeerId.of(key.publicKey()).toString())
        .isEqualTo("16Uiu2HAmH6m8pE7pXsfzXHg3Z5kLzgwJ5PWSYELaKXc75Bs2utZM");
  }

  /** Same file, "from Secp256k public key hex": protobuf-encoded public key and its peer id. */
  @Test
  void peerIdOfTheJvmLibp2pPublicKeyVector() {
    byte[] protobuf =
        HexFormat.of()
            .parseHex("08021221030995d3b6ca88154681092a6772b26de6418eaa01672775bfe9642b33d1f97227");
    Secp256k1PublicKey key =
        Secp256k1PublicKey.fromCompressed(Arrays.copyOfRange(protobuf, 4, protobuf.length));
    PeerId id = PeerId.of(key);
    assertThat(id.protobufPublicKey()).isEqualTo(protobuf);
    assertThat(id.toString()).isEqualTo("16Uiu2HAmDJQXZM39z5TzoZN7Sw8tbwjR6Evg9CFmiWhLbnSFGADL");
  }

  /**
   * blockblaz/lean-quickstart local-devnet/genesis/validator-config.yaml (HEAD 0c229a6): each
   * node's privkey with the "peer id" its comment records.
   */
  @ParameterizedTest
  @CsvSource({
    "bdf953adc161873ba026330c56450453f582e3c4ee6cb713644794bcfdd85fe5, 16Uiu2HAkvi2sxT75Bpq1c7yV2FjnSQJJ432d6jeshbmfdJss1i6f",
    "af27950128b49cda7e7bc9fcb7b0270f7a3945aa7543326f3bfdbd57d2a97a32, 16Uiu2HAmPQhkD6Zg5Co2ee8ShshkiY4tDePKFARPpCS2oKSLj1E1",
    "c2bbdac5e876b3e9d4b8b6b8c2bbdac5e876b3e9d4b8b6b8c2bbdac5e876b3e9, 16Uiu2HAmQj1RDNAxopeeeCFPRr3zhJYmH6DEPHYKmxLViLahWcFE",
    "d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5, 16Uiu2HAm7TYVs6qvDKnrovd9m4vvRikc4HPXm1WyLumKSe5fHxBv",
    "4fd22cf461fbeae4947a3fdaef8d533fc7fd1ef1ce4cd98e993210c18234df3f, 16Uiu2HAmTrYwvBDY3GLEv5zR48ZfBwCYyKgmuLTDsCdBJUo127HY",
    "64a7f5ab53907966374ca23af36392910af682eec82c12e3abbb6c2ccdf39a72, 16Uiu2HAmErASHzouSQumaetyU18brt4HNUm4151K55ySBQMRLzSS",
    "299550529a79bc2dce003747c52fb0639465c893e00b0440ac66144d625e066a, 16Uiu2HAmPV5jU62WtmDkCEmfq1jzbBDkGbHNsDN78gJyvmv2TuC5",
  })
  void peerIdsRecordedInLeanQuickstart(String privateKey, String peerId) {
    PeerId id = PeerId.of(Secp256k1PrivateKey.fromHex(privateKey).publicKey());
    assertThat(id.toString()).isEqualTo(peerId);
    assertThat(PeerId.parse(peerId)).isEqualTo(id);
  }

  @Test
  void rejectsTextThatIsNotASecp256k1PeerId() {
    assertThatThrownBy(() -> PeerId.parse("QmULzn6KtFUCKpkFymEUgUvkLtv9j2Eo4utZPELmQEebR6"))
        .hasMessageContaining("not the peer id of a secp256k1 key");
    assertThatThrownBy(() -> PeerId.parse("16Uiu2HA0"))
        .hasMessageContaining("'0' at position 9 is not a base58 character");
  }
}
