package io.leandevnet.consensus.containers;

import io.leandevnet.consensus.chain.ChainConfig;
import io.leandevnet.ssz.BitlistType;
import io.leandevnet.ssz.Bits;
import io.leandevnet.ssz.Bytes32;
import io.leandevnet.ssz.ContainerType;
import io.leandevnet.ssz.ContainerType.Field;
import io.leandevnet.ssz.ListType;
import io.leandevnet.ssz.Ssz;
import java.util.List;

/**
 * The consensus state ({@code containers/state/state.py}), field order = SSZ order.
 *
 * <p>{@code justifiedSlots} bit i is slot {@code latestFinalized.slot + 1 + i}. {@code
 * justificationsValidators} is the flattened vote matrix: for the i-th root of {@code
 * justificationsRoots}, bits {@code [i*N, (i+1)*N)} with N validators.
 */
public record State(
    Config config,
    long slot,
    BlockHeader latestBlockHeader,
    Checkpoint latestJustified,
    Checkpoint latestFinalized,
    List<Bytes32> historicalBlockHashes,
    Bits justifiedSlots,
    List<Validator> validators,
    List<Bytes32> justificationsRoots,
    Bits justificationsValidators) {

  public static final ListType<Bytes32> HISTORICAL_BLOCK_HASHES =
      Ssz.list(Ssz.BYTES32, ChainConfig.HISTORICAL_ROOTS_LIMIT);
  public static final BitlistType JUSTIFIED_SLOTS = Ssz.bitlist(ChainConfig.HISTORICAL_ROOTS_LIMIT);
  public static final ListType<Validator> VALIDATORS =
      Ssz.list(Validator.SSZ, ChainConfig.VALIDATOR_REGISTRY_LIMIT);
  public static final ListType<Bytes32> JUSTIFICATIONS_ROOTS =
      Ssz.list(Ssz.BYTES32, ChainConfig.HISTORICAL_ROOTS_LIMIT);
  public static final BitlistType JUSTIFICATIONS_VALIDATORS =
      Ssz.bitlist(ChainConfig.HISTORICAL_ROOTS_LIMIT * ChainConfig.VALIDATOR_REGISTRY_LIMIT);

  public static final ContainerType<State> SSZ =
      ContainerType.of(
          "State",
          v ->
              new State(
                  v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5), v.get(6), v.get(7),
                  v.get(8), v.get(9)),
          Field.of("config", Config.SSZ, State::config),
          Field.of("slot", Ssz.UINT64, State::slot),
          Field.of("latest_block_header", BlockHeader.SSZ, State::latestBlockHeader),
          Field.of("latest_justified", Checkpoint.SSZ, State::latestJustified),
          Field.of("latest_finalized", Checkpoint.SSZ, State::latestFinalized),
          Field.of(
              "historical_block_hashes", HISTORICAL_BLOCK_HASHES, State::historicalBlockHashes),
          Field.of("justified_slots", JUSTIFIED_SLOTS, State::justifiedSlots),
          Field.of("validators", VALIDATORS, State::validators),
          Field.of("justifications_roots", JUSTIFICATIONS_ROOTS, State::justificationsRoots),
          Field.of(
              "justifications_validators",
              JUSTIFICATIONS_VALIDATORS,
              State::justificationsValidators));

  public State {
    historicalBlockHashes = List.copyOf(historicalBlockHashes);
    validators = List.copyOf(validators);
    justificationsRoots = List.copyOf(justificationsRoots);
  }

  public Bytes32 hashTreeRoot() {
    return SSZ.hashTreeRoot(this);
  }

  public int numValidators() {
    return validators.size();
  }

  /** A copy with the given slot and latest block header. */
  public State withSlotAndHeader(long newSlot, BlockHeader header) {
    return new State(
        config,
        newSlot,
        header,
        latestJustified,
        latestFinalized,
        historicalBlockHashes,
        justifiedSlots,
        validators,
        justificationsRoots,
        justificationsValidators);
  }

  /** A copy with the header-linked fields replaced ({@code process_block_header}). */
  public State withHeaderFields(
      Checkpoint justified,
      Checkpoint finalized,
      List<Bytes32> historical,
      Bits justifiedSlots,
      BlockHeader header) {
    return new State(
        config,
        slot,
        header,
        justified,
        finalized,
        historical,
        justifiedSlots,
        validators,
        justificationsRoots,
        justificationsValidators);
  }

  /** A copy with the justification fields replaced ({@code process_attestations}). */
  public State withJustification(
      Checkpoint justified,
      Checkpoint finalized,
      Bits justifiedSlots,
      List<Bytes32> roots,
      Bits votes) {
    return new State(
        config,
        slot,
        latestBlockHeader,
        justified,
        finalized,
        historicalBlockHashes,
        justifiedSlots,
        validators,
        roots,
        votes);
  }
}
