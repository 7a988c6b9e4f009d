package io.leandevnet.devnet.genesis.execution;

import io.leandevnet.ssz.Bytes32;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.SortedMap;

/**
 * The execution genesis of a Lean devnet whose Lean nodes drive execution clients over the Engine
 * API. ethlambda's Engine API build calls {@code engine_forkchoiceUpdatedV3}, {@code
 * engine_newPayloadV4} and {@code engine_getPayloadV4}, which execution clients accept for Prague
 * timestamps and reject for Osaka ones (research/devnet5.md §4.1): so every fork up to Prague is
 * active from block 0 and Osaka is not scheduled.
 *
 * <ul>
 *   <li>chain id {@value #CHAIN_ID} (ethereum-package's default network id), merged at genesis (TTD
 *       0);
 *   <li>blob schedule of Cancun (target 3, max 6) and Prague (6, 9);
 *   <li>alloc ({@code devnet-alloc.json}, next to this class): the deposit contract at mainnet's
 *       address {@value #DEPOSIT_CONTRACT} (EIP-6110 reads its logs) with the storage of an empty
 *       deposit tree, the Prague system contracts as their EIP deployments leave them (EIP-4788
 *       beacon roots {@code 0x000F3df6…Beac02}, EIP-2935 history storage {@code 0x0000F908…002935},
 *       EIP-7002 withdrawal requests {@code 0x00000961…007002}, EIP-7251 consolidation requests
 *       {@code 0x0000BBdD…007251}; code as in Hoodi's genesis), and ethereum-package's 21 prefunded
 *       dev accounts (its default mnemonic, first {@code
 *       0x8943545177806ED17B9F23F0a21ee5948eCaa776}) with 1,000,000,000 ETH each;
 *   <li>block 0 at the Lean genesis time, gas limit 60M, difficulty 1, as
 *       ethereum-genesis-generator writes a merged-from-genesis network.
 * </ul>
 */
public final class DevnetExecutionGenesis {

  /** ethereum-package's default {@code network_id}. */
  public static final long CHAIN_ID = 3151908;

  public static final String DEPOSIT_CONTRACT = "0x00000000219ab540356cbb839cbe05303d7705fa";

  static final long GAS_LIMIT = 60_000_000L;

  private static final String ALLOC = "devnet-alloc.json";

  private DevnetExecutionGenesis() {}

  /** The devnet's execution genesis with block 0 at {@code timestamp} (Unix seconds). */
  public static ExecutionGenesis of(long timestamp) {
    SequencedMap<String, Long> blocks = new LinkedHashMap<>();
    for (String fork :
        new String[] {
          "homesteadBlock",
          "eip150Block",
          "eip155Block",
          "eip158Block",
          "byzantiumBlock",
          "constantinopleBlock",
          "petersburgBlock",
          "istanbulBlock",
          "berlinBlock",
          "londonBlock",
          "mergeNetsplitBlock"
        }) {
      blocks.put(fork, 0L);
    }
    SequencedMap<String, Long> times = new LinkedHashMap<>();
    times.put("shanghaiTime", 0L);
    times.put("cancunTime", 0L);
    times.put("pragueTime", 0L);
    SequencedMap<String, ExecutionChainConfig.BlobParams> blobs = new LinkedHashMap<>();
    blobs.put("cancun", new ExecutionChainConfig.BlobParams(3, 6, 3338477));
    blobs.put("prague", new ExecutionChainConfig.BlobParams(6, 9, 5007716));
    ExecutionChainConfig config =
        new ExecutionChainConfig(
            CHAIN_ID,
            blocks,
            Optional.of(BigInteger.ZERO),
            times,
            blobs,
            Optional.of(Address.fromHex(DEPOSIT_CONTRACT)));
    return new ExecutionGenesis(
        config,
        timestamp,
        GAS_LIMIT,
        BigInteger.ONE,
        new byte[0],
        Bytes32.ZERO,
        0,
        Address.ZERO,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        alloc());
  }

  /** The block hash of {@link #of}{@code (timestamp)}: what ethlambda is told to expect. */
  public static Bytes32 blockHash(long timestamp) {
    return ExecutionGenesisBlock.of(of(timestamp)).hash();
  }

  private static SortedMap<Address, GenesisAccount> alloc() {
    try (InputStream in = DevnetExecutionGenesis.class.getResourceAsStream(ALLOC)) {
      if (in == null) {
        throw new IllegalStateException(ALLOC + " is missing from the build");
      }
      return ExecutionGenesisJson.readAlloc(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), ALLOC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ALLOC + " from the class path", e);
    }
  }
}
