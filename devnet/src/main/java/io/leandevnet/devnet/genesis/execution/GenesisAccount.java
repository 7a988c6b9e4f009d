package io.leandevnet.devnet.genesis.execution;

import io.leandevnet.ssz.Bytes32;
import java.math.BigInteger;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One account of an execution genesis {@code alloc}.
 *
 * @param balance in wei
 * @param nonce the account nonce (1 for the system contracts, as deployed by a transaction)
 * @param code its bytecode (empty for a plain account)
 * @param storage slot to value; zero values are left out of the state
 */
public record GenesisAccount(
    BigInteger balance, long nonce, byte[] code, SortedMap<Bytes32, Bytes32> storage) {

  public GenesisAccount {
    Objects.requireNonNull(balance, "balance");
    if (balance.signum() < 0 || nonce < 0) {
      throw new IllegalArgumentException("balance and nonce must not be negative");
    }
    code = code.clone();
    storage = Collections.unmodifiableSortedMap(new TreeMap<>(storage));
  }

  /** An account that only holds {@code balance} wei. */
  public static GenesisAccount funded(BigInteger balance) {
    return new GenesisAccount(balance, 0, new byte[0], new TreeMap<>());
  }

  @Override
  public byte[] code() {
    return code.clone();
  }
}
