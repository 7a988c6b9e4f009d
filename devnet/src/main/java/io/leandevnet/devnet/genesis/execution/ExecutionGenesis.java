package io.leandevnet.devnet.genesis.execution;

import io.leandevnet.ssz.Bytes32;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A geth-style execution genesis ({@code genesis.json}): the chain config, the fields of block 0
 * the file sets, and the accounts it starts with. Every execution client of the devnet boots from
 * the same file (research/ecosystem.md A2); {@link ExecutionGenesisBlock} derives its block hash.
 *
 * @param config chain id and fork schedule
 * @param timestamp block 0's time (Unix seconds)
 * @param gasLimit block 0's gas limit
 * @param difficulty block 0's difficulty
 * @param extraData block 0's extra data
 * @param mixHash block 0's mix hash
 * @param nonce block 0's 8-byte nonce
 * @param coinbase block 0's fee recipient
 * @param baseFeePerGas block 0's base fee when the file sets one (London defaults to 1 gwei)
 * @param excessBlobGas when set in the file (Cancun defaults to 0)
 * @param blobGasUsed when set in the file (Cancun defaults to 0)
 * @param alloc the accounts of the genesis state
 */
public record ExecutionGenesis(
    ExecutionChainConfig config,
    long timestamp,
    long gasLimit,
    BigInteger difficulty,
    byte[] extraData,
    Bytes32 mixHash,
    long nonce,
    Address coinbase,
    Optional<BigInteger> baseFeePerGas,
    Optional<Long> excessBlobGas,
    Optional<Long> blobGasUsed,
    SortedMap<Address, GenesisAccount> alloc) {

  public ExecutionGenesis {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(difficulty, "difficulty");
    extraData = extraData.clone();
    Objects.requireNonNull(mixHash, "mixHash");
    Objects.requireNonNull(coinbase, "coinbase");
    Objects.requireNonNull(baseFeePerGas, "baseFeePerGas");
    Objects.requireNonNull(excessBlobGas, "excessBlobGas");
    Objects.requireNonNull(blobGasUsed, "blobGasUsed");
    alloc = Collections.unmodifiableSortedMap(new TreeMap<>(alloc));
  }

  @Override
  public byte[] extraData() {
    return extraData.clone();
  }
}
