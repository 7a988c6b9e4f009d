package io.leandevnet.node.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.consensus.containers.Signature;
import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.signature.InsecureTestSignatures;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.crypto.hashsig.HashSigKeyDir;
import io.leandevnet.crypto.hashsig.HashSigManifest;
import io.leandevnet.crypto.hashsig.ValidatorKeysGenerator;
import io.leandevnet.crypto.xmss.XmssConfig;
import io.leandevnet.node.config.KeySource;
import io.leandevnet.node.config.NodeConfigException;
import io.leandevnet.ssz.Bytes;
import io.leandevnet.ssz.Bytes32;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatorKeysTest {

  @TempDir Path tmp;

  @Test
  void xmssKeysSignAndVerifyAndRefuseToSignAnEarlierSlotAndWarmUpOnLoad() throws IOException {
    Path dir = tmp.resolve("hash-sig-keys");
    List<Validator> genesis =
        genesisOf(ValidatorKeysGenerator.generate(XmssConfig.SMALL, 2, 9, dir));
    ValidatorKeys keys = ValidatorKeys.load(new KeySource.HashSigKeys(), dir, genesis, List.of(1));
    ValidatorSigner signer = keys.signers().get(1);
    Bytes32 message = Bytes32.wrap(new byte[32]);

    Signature vote = signer.signAttestation(5, message);
    assertThat(vote.bytes().length()).isEqualTo(Signature.LENGTH);
    assertThat(keys.verifier().verify(genesis.get(1).attestationPubkey(), 5, message, vote))
        .isTrue();
    assertThat(keys.verifier().verify(genesis.get(1).attestationPubkey(), 5, message, vote))
        .isTrue(); // cached
    assertThat(keys.verifier().verify(genesis.get(1).attestationPubkey(), 6, message, vote))
        .isFalse();
    assertThat(keys.verifier().verify(genesis.get(1).proposalPubkey(), 5, message, vote)).isFalse();
    assertThat(keys.verifier().verify(genesis.get(0).attestationPubkey(), 5, message, vote))
        .isFalse();
    // Loading warmed the signing code up with the proposal key's otherwise unused slot 0.
    assertThatThrownBy(() -> signer.signProposal(0, message))
        .hasMessageContaining("another message at that slot");
    Signature block = signer.signProposal(300, message); // moves the prepared window forward
    assertThat(keys.verifier().verify(genesis.get(1).proposalPubkey(), 300, message, block))
        .isTrue();

    assertThat(signer.signAttestation(5, message))
        .isEqualTo(vote); // the same message again: same signature
    assertThatThrownBy(() -> signer.signAttestation(4, message))
        .hasMessageContaining("already signed slot 5");
    assertThatThrownBy(() -> signer.signAttestation(5, Bytes32.fromHex("0x" + "11".repeat(32))))
        .hasMessageContaining("another message");
  }

  @Test
  void keysThatAreNotTheGenesisKeysAreRefusedNamingTheFile() throws IOException {
    Path dir = tmp.resolve("hash-sig-keys");
    List<Validator> genesis =
        new ArrayList<>(genesisOf(ValidatorKeysGenerator.generate(XmssConfig.SMALL, 2, 9, dir)));
    genesis.set(0, genesis.get(1));
    assertThatThrownBy(
            () -> ValidatorKeys.load(new KeySource.HashSigKeys(), dir, genesis, List.of(0)))
        .isInstanceOf(NodeConfigException.class)
        .hasMessage(
            "--hash-sig-keys-dir "
                + dir.resolve("validator_0_attester_key_sk.ssz")
                + ": its public key is not the attester key config.yaml gives validator 0");
    assertThatThrownBy(
            () -> ValidatorKeys.load(new KeySource.HashSigKeys(), tmp, genesis, List.of(0)))
        .hasMessage(
            "--hash-sig-keys-dir "
                + tmp.resolve("validator-keys-manifest.yaml")
                + ": no such file (expected a hash-sig-cli key directory)");
    assertThatThrownBy(
            () -> ValidatorKeys.load(new KeySource.HashSigKeys(), dir, genesis, List.of(2)))
        .hasMessage(
            "validator 2 of this node is not in the genesis (config.yaml has 2 validators)");
    assertThatThrownBy(
            () -> ValidatorKeys.load(new KeySource.InsecureTest("seed"), dir, genesis, List.of(1)))
        .hasMessage(
            "validator 1: the keys in config.yaml are not the insecure test keys of seed 'seed'");
  }

  @Test
  void insecureKeysSignWithTheSeedsKeys() {
    InsecureTestSignatures scheme = new InsecureTestSignatures("s");
    ValidatorKeys keys =
        ValidatorKeys.load(new KeySource.InsecureTest("s"), tmp, scheme.validators(3), List.of(2));
    Bytes32 m = Bytes32.wrap(new byte[32]);
    assertThat(
            keys.verifier()
                .verify(
                    scheme.attestationPublicKey(2),
                    7,
                    m,
                    keys.signers().get(2).signAttestation(7, m)))
        .isTrue();
    assertThat(keys.signers()).containsOnlyKeys(2);
  }

  private static List<Validator> genesisOf(HashSigKeyDir keys) {
    List<Validator> validators = new ArrayList<>();
    for (HashSigManifest.Entry k : keys.manifest().validators()) {
      validators.add(
          new Validator(
              Bytes.fromHex(k.attesterPubkeyHex()),
              Bytes.fromHex(k.proposerPubkeyHex()),
              validators.size()));
    }
    return validators;
  }
}
