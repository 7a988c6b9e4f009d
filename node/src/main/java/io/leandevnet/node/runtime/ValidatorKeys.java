package io.leandevnet.node.runtime;

import io.leandevnet.consensus.containers.Validator;
import io.leandevnet.consensus.signature.InsecureTestSignatures;
import io.leandevnet.consensus.signature.SignatureVerifier;
import io.leandevnet.consensus.signature.ValidatorSigner;
import io.leandevnet.node.config.KeySource;
import io.leandevnet.node.config.NodeConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The signing keys of a node's own validators and the verifier of everyone's signatures: the one
 * seam between the runtime and a signature scheme.
 *
 * @param verifier checks any validator's signature
 * @param signers the signer of each own validator, by index
 */
public record ValidatorKeys(SignatureVerifier verifier, Map<Integer, ValidatorSigner> signers) {

  public ValidatorKeys {
    signers = Map.copyOf(signers);
  }

  /**
   * Loads the keys of validators {@code own} from {@code source} and checks that they are the keys
   * of the genesis validators; XMSS signatures found valid are remembered in a cache of this node.
   *
   * @throws NodeConfigException naming the key file or directory that does not fit
   */
  public static ValidatorKeys load(
      KeySource source, Path hashSigKeysDir, List<Validator> genesisValidators, List<Integer> own) {
    return load(source, hashSigKeysDir, genesisValidators, own, SignatureCache.forOneNode());
  }

  /**
   * As {@link #load(KeySource, Path, List, List)}, remembering valid XMSS signatures in {@code
   * verified}.
   */
  public static ValidatorKeys load(
      KeySource source,
      Path hashSigKeysDir,
      List<Validator> genesisValidators,
      List<Integer> own,
      SignatureCache verified) {
    for (int index : own) {
      if (index >= genesisValidators.size()) {
        throw new NodeConfigException(
            "validator "
                + index
                + " of this node is not in the genesis (config.yaml has "
                + genesisValidators.size()
                + " validators)");
      }
    }
    return switch (source) {
      case KeySource.InsecureTest insecure -> insecure(insecure.seed(), genesisValidators, own);
      case KeySource.HashSigKeys hashSig ->
          XmssKeys.load(hashSigKeysDir, genesisValidators, own, verified);
    };
  }

  private static ValidatorKeys insecure(
      String seed, List<Validator> genesisValidators, List<Integer> own) {
    InsecureTestSignatures scheme = new InsecureTestSignatures(seed);
    Map<Integer, ValidatorSigner> signers = new TreeMap<>();
    for (int index : own) {
      Validator v = genesisValidators.get(index);
      if (!v.attestationPubkey().equals(scheme.attestationPublicKey(index))
          || !v.proposalPubkey().equals(scheme.proposalPublicKey(index))) {
        throw new NodeConfigException(
            "validator "
                + index
                + ": the keys in config.yaml are not the insecure test keys of seed '"
                + seed
                + "'");
      }
      signers.put(index, scheme.signer(index));
    }
    return new ValidatorKeys(scheme, signers);
  }
}
