package io.leandevnet.devnet.genesis.execution;

import io.leandevnet.crypto.keccak.Keccak256;
import io.leandevnet.crypto.rlp.Rlp;
import io.leandevnet.crypto.rlp.RlpItem;
import io.leandevnet.crypto.sha256.Sha256;
import io.leandevnet.crypto.trie.MerklePatriciaTrie;
import io.leandevnet.ssz.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Block 0 of an {@link ExecutionGenesis}, derived as execution clients derive it: the state root
 * from the alloc, then the header with the fields of every fork active at the genesis timestamp,
 * then its Keccak-256.
 *
 * <p>State: an account is {@code rlp([nonce, balance, storageRoot, keccak(code)])} under key {@code
 * keccak(address)}; a storage slot holds {@code rlp(value without leading zeros)} under {@code
 * keccak(slot)}, zero values left out.
 *
 * <p>Header, in order: parentHash, ommersHash, coinbase, stateRoot, transactionsRoot, receiptsRoot,
 * logsBloom, difficulty, number, gasLimit, gasUsed, timestamp, extraData, mixHash, nonce; then
 * London's baseFeePerGas (1 gwei unless the file sets it), Shanghai's withdrawalsRoot (the empty
 * trie), Cancun's blobGasUsed, excessBlobGas and parentBeaconBlockRoot (zero), and Prague's
 * requestsHash ({@code sha256("")}: no requests, EIP-7685). Osaka and the blob-parameter forks add
 * no header field; a later fork active at genesis is refused rather than hashed wrongly.
 *
 * @param stateRoot the root of the genesis state
 * @param hash the genesis block hash, what {@code eth_getBlockByNumber("0x0")} returns
 */
public record ExecutionGenesisBlock(Bytes32 stateRoot, Bytes32 hash) {

  /** EIP-1559's initial base fee. */
  static final BigInteger INITIAL_BASE_FEE = BigInteger.valueOf(1_000_000_000L);

  /**
   * Forks scheduled by timestamp this class knows the header fields of, in order (the
   * blob-parameter forks change no header field).
   */
  static final List<String> KNOWN_TIME_FORKS =
      List.of(
          "shanghaiTime",
          "cancunTime",
          "pragueTime",
          "osakaTime",
          "bpo1Time",
          "bpo2Time",
          "bpo3Time",
          "bpo4Time",
          "bpo5Time");

  private static final byte[] EMPTY_TRIE = MerklePatriciaTrie.root(Map.of());
  private static final byte[] EMPTY_CODE_HASH = Keccak256.hash(new byte[0]);

  /**
   * Derives block 0 of {@code genesis}; a fork it cannot hash is a {@link
   * ExecutionGenesisException}.
   */
  public static ExecutionGenesisBlock of(ExecutionGenesis genesis) {
    ExecutionChainConfig config = genesis.config();
    long time = genesis.timestamp();
    for (String fork : config.forkTimes().keySet()) {
      if (!KNOWN_TIME_FORKS.contains(fork) && config.activeAt(fork, time)) {
        throw new ExecutionGenesisException(
            "config."
                + fork
                + ": a fork after Osaka active at genesis changes the header in ways lean-devnet"
                + " does not compute (known: "
                + String.join(", ", KNOWN_TIME_FORKS)
                + ")");
      }
    }
    byte[] stateRoot = stateRoot(genesis);
    List<RlpItem> header = new ArrayList<>();
    header.add(RlpItem.bytes(new byte[32])); // parentHash
    header.add(RlpItem.bytes(Keccak256.hash(Rlp.encode(RlpItem.list(List.of()))))); // ommers
    header.add(RlpItem.bytes(genesis.coinbase().bytes()));
    header.add(RlpItem.bytes(stateRoot));
    header.add(RlpItem.bytes(EMPTY_TRIE)); // transactionsRoot
    header.add(RlpItem.bytes(EMPTY_TRIE)); // receiptsRoot
    header.add(RlpItem.bytes(new byte[256])); // logsBloom
    header.add(RlpItem.unsigned(genesis.difficulty()));
    header.add(RlpItem.unsigned(0)); // number
    header.add(RlpItem.unsigned(BigInteger.valueOf(genesis.gasLimit())));
    header.add(RlpItem.unsigned(0)); // gasUsed
    header.add(RlpItem.unsigned(new BigInteger(Long.toUnsignedString(time))));
    header.add(RlpItem.bytes(genesis.extraData()));
    header.add(RlpItem.bytes(genesis.mixHash().toArray()));
    header.add(RlpItem.bytes(nonce(genesis.nonce())));
    if (config.activeAtGenesis("londonBlock")) {
      header.add(RlpItem.unsigned(genesis.baseFeePerGas().orElse(INITIAL_BASE_FEE)));
    }
    if (config.activeAt("shanghaiTime", time)) {
      header.add(RlpItem.bytes(EMPTY_TRIE)); // withdrawalsRoot
    }
    if (config.activeAt("cancunTime", time)) {
      header.add(RlpItem.unsigned(genesis.blobGasUsed().orElse(0L)));
      header.add(RlpItem.unsigned(genesis.excessBlobGas().orElse(0L)));
      header.add(RlpItem.bytes(new byte[32])); // parentBeaconBlockRoot
    }
    if (config.activeAt("pragueTime", time)) {
      header.add(RlpItem.bytes(Sha256.of(new byte[0]))); // requestsHash of no requests
    }
    return new ExecutionGenesisBlock(
        Bytes32.wrap(stateRoot), Bytes32.wrap(Keccak256.hash(Rlp.encode(RlpItem.list(header)))));
  }

  private static byte[] stateRoot(ExecutionGenesis genesis) {
    Map<byte[], byte[]> accounts = new HashMap<>();
    genesis
        .alloc()
        .forEach(
            (address, account) -> {
              Map<byte[], byte[]> slots = new HashMap<>();
              account
                  .storage()
                  .forEach(
                      (slot, value) -> {
                        if (!value.isZero()) {
                          slots.put(
                              Keccak256.hash(slot.toArray()),
                              Rlp.encode(RlpItem.unsigned(new BigInteger(1, value.toArray()))));
                        }
                      });
              byte[] code = account.code();
              accounts.put(
                  Keccak256.hash(address.bytes()),
                  Rlp.encode(
                      RlpItem.list(
                          List.of(
                              RlpItem.unsigned(account.nonce()),
                              RlpItem.unsigned(account.balance()),
                              RlpItem.bytes(MerklePatriciaTrie.root(slots)),
                              RlpItem.bytes(
                                  code.length == 0 ? EMPTY_CODE_HASH : Keccak256.hash(code))))));
            });
    return MerklePatriciaTrie.root(accounts);
  }

  private static byte[] nonce(long nonce) {
    byte[] out = new byte[8];
    for (int i = 0; i < 8; i++) {
      out[7 - i] = (byte) (nonce >>> (8 * i));
    }
    return out;
  }
}
