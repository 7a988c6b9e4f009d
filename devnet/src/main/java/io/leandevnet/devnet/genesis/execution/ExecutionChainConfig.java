package io.leandevnet.devnet.genesis.execution;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * The {@code config} object of a geth-style genesis.json (geth's {@code params.ChainConfig}; named
 * apart from the Lean {@code io.leandevnet.consensus.chain.ChainConfig}).
 *
 * @param chainId the chain id (EIP-155), also the network id every client is given
 * @param forkBlocks block-numbered forks in file order ({@code homesteadBlock} … {@code
 *     londonBlock}, {@code mergeNetsplitBlock})
 * @param terminalTotalDifficulty the merge's TTD (0: merged from genesis)
 * @param forkTimes timestamp-scheduled forks in file order ({@code shanghaiTime}, {@code
 *     cancunTime}, {@code pragueTime}, ...)
 * @param blobSchedule per-fork blob parameters ({@code cancun}, {@code prague}, ...)
 * @param depositContractAddress where EIP-6110 reads deposit logs from
 */
public record ExecutionChainConfig(
    long chainId,
    SequencedMap<String, Long> forkBlocks,
    Optional<BigInteger> terminalTotalDifficulty,
    SequencedMap<String, Long> forkTimes,
    SequencedMap<String, BlobParams> blobSchedule,
    Optional<Address> depositContractAddress) {

  public ExecutionChainConfig {
    forkBlocks = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(forkBlocks));
    forkTimes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(forkTimes));
    blobSchedule = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(blobSchedule));
    Objects.requireNonNull(terminalTotalDifficulty, "terminalTotalDifficulty");
    Objects.requireNonNull(depositContractAddress, "depositContractAddress");
  }

  /**
   * One fork's blob parameters (EIP-7840).
   *
   * @param target blobs per block the base fee aims at
   * @param max blobs per block at most
   * @param baseFeeUpdateFraction the blob base fee's update fraction
   */
  public record BlobParams(int target, int max, long baseFeeUpdateFraction) {}

  /** Whether block-numbered fork {@code name} ({@code londonBlock}) is active at block 0. */
  public boolean activeAtGenesis(String blockFork) {
    Long at = forkBlocks.get(blockFork);
    return at != null && at == 0;
  }

  /** Whether timestamp fork {@code name} ({@code pragueTime}) is active at {@code timestamp}. */
  public boolean activeAt(String timeFork, long timestamp) {
    Long at = forkTimes.get(timeFork);
    return at != null && Long.compareUnsigned(at, timestamp) <= 0;
  }
}
