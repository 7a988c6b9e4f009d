package io.leandevnet.devnet.genesis;

import io.leandevnet.consensus.genesis.BundleLayout;
import io.leandevnet.ssz.Bytes32;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A genesis bundle written to disk.
 *
 * @param dir the bundle directory
 * @param genesisTime {@code GENESIS_TIME}
 * @param validatorCount {@code VALIDATOR_COUNT}
 * @param nodes every node of validator-config.yaml, in file order
 * @param stateWritten whether genesis.ssz and genesis.json were written
 * @param keysReused whether hash-sig-keys/ was carried over from the previous bundle in dir
 * @param executionGenesisHash the block hash of execution/genesis.json, when execution clients are
 *     paired
 * @param movedAside where the directory's previous content went: another devnet's bundle or other
 *     files replaced with force, or this devnet's previous bundle when it held key files the new
 *     bundle does not carry over
 */
public record GenesisBundle(
    Path dir,
    long genesisTime,
    int validatorCount,
    List<Node> nodes,
    boolean stateWritten,
    boolean keysReused,
    Optional<Bytes32> executionGenesisHash,
    Optional<Path> movedAside) {

  public GenesisBundle {
    nodes = List.copyOf(nodes);
  }

  /** The bundle's file names and paths. */
  public BundleLayout layout() {
    return BundleLayout.at(dir);
  }

  /**
   * One node of the bundle.
   *
   * @param name node name
   * @param validators its validator indices (empty for count 0)
   * @param enr its ENR ({@code enr:…})
   * @param peerId its libp2p peer id ({@code 16Uiu2…})
   * @param quicAddress {@code ip:quic} from its ENR fields
   */
  public record Node(
      String name, List<Integer> validators, String enr, String peerId, String quicAddress) {
    public Node {
      validators = List.copyOf(validators);
    }
  }
}
