package io.leandevnet.devnet.genesis.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leandevnet.ssz.Bytes32;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads and writes the geth-style {@code genesis.json} every execution client of the devnet boots
 * from. Reading is as lenient as geth's: numbers as JSON numbers, decimal strings or {@code 0x}
 * hex; top-level field names in any case ({@code mixhash}/{@code mixHash}); storage slots and
 * values of fewer than 32 bytes padded on the left. Writing follows the layout
 * ethereum-genesis-generator gives public testnets (Hoodi): forks in order, decimal balances and
 * nonces, hex gas limit.
 */
public final class ExecutionGenesisJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two-space indent and {@code "key": value}, as the public networks' files are laid out. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER));

  private ExecutionGenesisJson() {}

  /**
   * Parses {@code text}.
   *
   * @param source the file name errors start with
   * @throws ExecutionGenesisException naming the source and field when the text is not a
   *     genesis.json
   */
  public static ExecutionGenesis read(String text, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new ExecutionGenesisException(source + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ExecutionGenesisException(
          source + ": expected a JSON object with config and alloc");
    }
    Map<String, JsonNode> top = new LinkedHashMap<>();
    root.fields().forEachRemaining(e -> top.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    Field f = new Field(source);
    JsonNode config = top.get("config");
    if (config == null || !config.isObject()) {
      throw new ExecutionGenesisException(
          source + ": config: missing (expected the chain config object)");
    }
    JsonNode alloc = top.get("alloc");
    if (alloc != null && !alloc.isObject()) {
      throw new ExecutionGenesisException(
          source + ": alloc: expected an object of address to account");
    }
    if (top.containsKey("number") && f.unsigned("number", top.get("number")).signum() != 0) {
      throw new ExecutionGenesisException(source + ": number: a genesis block is block 0");
    }
    if (top.containsKey("parenthash")
        && !f.bytes32("parentHash", top.get("parenthash")).equals(Bytes32.ZERO)) {
      throw new ExecutionGenesisException(source + ": parentHash: a genesis block has no parent");
    }
    return new ExecutionGenesis(
        chainConfig(config, f),
        f.longValue("timestamp", top.get("timestamp"), 0),
        f.longValue("gasLimit", top.get("gaslimit"), 0),
        top.containsKey("difficulty")
            ? f.unsigned("difficulty", top.get("difficulty"))
            : BigInteger.ZERO,
        top.containsKey("extradata") ? f.bytes("extraData", top.get("extradata")) : new byte[0],
        top.containsKey("mixhash") ? f.bytes32("mixHash", top.get("mixhash")) : Bytes32.ZERO,
        f.longValue("nonce", top.get("nonce"), 0),
        top.containsKey("coinbase") ? f.address("coinbase", top.get("coinbase")) : Address.ZERO,
        Optional.ofNullable(top.get("basefeepergas")).map(n -> f.unsigned("baseFeePerGas", n)),
        Optional.ofNullable(top.get("excessblobgas")).map(n -> f.longValue("excessBlobGas", n, 0)),
        Optional.ofNullable(top.get("blobgasused")).map(n -> f.longValue("blobGasUsed", n, 0)),
        alloc == null ? new TreeMap<>() : alloc(alloc, f));
  }

  /** Parses an {@code alloc} object alone (address to account). */
  public static SortedMap<Address, GenesisAccount> readAlloc(String text, String source) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || !node.isObject()) {
        throw new ExecutionGenesisException(source + ": expected an object of address to account");
      }
      return alloc(node, new Field(source));
    } catch (JsonProcessingException e) {
      throw new ExecutionGenesisException(source + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ExecutionChainConfig chainConfig(JsonNode config, Field f) {
    if (!config.has("chainId")) {
      throw new ExecutionGenesisException(f.source + ": config.chainId: missing");
    }
    SequencedMap<String, Long> blocks = new LinkedHashMap<>();
    SequencedMap<String, Long> times = new LinkedHashMap<>();
    SequencedMap<String, ExecutionChainConfig.BlobParams> blobs = new LinkedHashMap<>();
    config
        .fields()
        .forEachRemaining(
            e -> {
              String key = e.getKey();
              String path = "config." + key;
              if (key.endsWith("Block") && !e.getValue().isNull()) {
                blocks.put(key, f.longValue(path, e.getValue(), 0));
              } else if (key.endsWith("Time") && !e.getValue().isNull()) {
                times.put(key, f.longValue(path, e.getValue(), 0));
              } else if (key.equals("blobSchedule")) {
                e.getValue()
                    .fields()
                    .forEachRemaining(
                        b ->
                            blobs.put(
                                b.getKey(),
                                new ExecutionChainConfig.BlobParams(
                                    (int)
                                        f.longValue(
                                            path + "." + b.getKey() + ".target",
                                            b.getValue().get("target"),
                                            -1),
                                    (int)
                                        f.longValue(
                                            path + "." + b.getKey() + ".max",
                                            b.getValue().get("max"),
                                            -1),
                                    f.longValue(
                                        path + "." + b.getKey() + ".baseFeeUpdateFraction",
                                        b.getValue().get("baseFeeUpdateFraction"),
                                        -1))));
              }
            });
    return new ExecutionChainConfig(
        f.longValue("config.chainId", config.get("chainId"), -1),
        blocks,
        Optional.ofNullable(config.get("terminalTotalDifficulty"))
            .map(n -> f.unsigned("config.terminalTotalDifficulty", n)),
        times,
        blobs,
        Optional.ofNullable(config.get("depositContractAddress"))
            .map(n -> f.address("config.depositContractAddress", n)));
  }

  private static SortedMap<Address, GenesisAccount> alloc(JsonNode alloc, Field f) {
    SortedMap<Address, GenesisAccount> out = new TreeMap<>();
    alloc
        .fields()
        .forEachRemaining(
            e -> {
              String path = "alloc." + e.getKey();
              Address address = f.address("alloc key", e.getKey());
              JsonNode a = e.getValue();
              if (!a.isObject()) {
                throw new ExecutionGenesisException(
                    f.source + ": " + path + ": expected an account object");
              }
              if (!a.has("balance")) {
                throw new ExecutionGenesisException(f.source + ": " + path + ".balance: missing");
              }
              SortedMap<Bytes32, Bytes32> storage = new TreeMap<>();
              JsonNode slots = a.get("storage");
              if (slots != null && !slots.isNull()) {
                slots
                    .fields()
                    .forEachRemaining(
                        s ->
                            storage.put(
                                f.bytes32(path + ".storage key", s.getKey()),
                                f.bytes32(path + ".storage." + s.getKey(), s.getValue())));
              }
              GenesisAccount account =
                  new GenesisAccount(
                      f.unsigned(path + ".balance", a.get("balance")),
                      f.longValue(path + ".nonce", a.get("nonce"), 0),
                      a.has("code") ? f.bytes(path + ".code", a.get("code")) : new byte[0],
                      storage);
              if (out.put(address, account) != null) {
                throw new ExecutionGenesisException(
                    f.source + ": " + path + ": address given twice");
              }
            });
    return out;
  }

  /** The JSON text of {@code genesis}, in ethereum-genesis-generator's layout. */
  public static String write(ExecutionGenesis genesis) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode config = root.putObject("config");
    ExecutionChainConfig c = genesis.config();
    config.put("chainId", c.chainId());
    c.forkBlocks().forEach(config::put);
    c.terminalTotalDifficulty().ifPresent(ttd -> config.put("terminalTotalDifficulty", ttd));
    c.forkTimes().forEach(config::put);
    if (!c.blobSchedule().isEmpty()) {
      ObjectNode blobs = config.putObject("blobSchedule");
      c.blobSchedule()
          .forEach(
              (fork, p) ->
                  blobs
                      .putObject(fork)
                      .put("target", p.target())
                      .put("max", p.max())
                      .put("baseFeeUpdateFraction", p.baseFeeUpdateFraction()));
    }
    c.depositContractAddress().ifPresent(a -> config.put("depositContractAddress", a.toHex()));
    ObjectNode alloc = root.putObject("alloc");
    genesis
        .alloc()
        .forEach(
            (address, account) -> {
              ObjectNode a = alloc.putObject(address.toHex());
              a.put("balance", account.balance().toString());
              if (account.nonce() != 0) {
                a.put("nonce", Long.toUnsignedString(account.nonce()));
              }
              if (account.code().length > 0) {
                a.put("code", hex(account.code()));
              }
              if (!account.storage().isEmpty()) {
                ObjectNode storage = a.putObject("storage");
                account.storage().forEach((k, v) -> storage.put(k.toHex(), v.toHex()));
              }
            });
    root.put("coinbase", genesis.coinbase().toHex());
    root.put("difficulty", "0x" + genesis.difficulty().toString(16));
    root.put("extraData", hex(genesis.extraData()));
    root.put("gasLimit", "0x" + Long.toHexString(genesis.gasLimit()));
    root.put("nonce", "0x" + Long.toHexString(genesis.nonce()));
    root.put("mixHash", genesis.mixHash().toHex());
    root.put("parentHash", Bytes32.ZERO.toHex());
    root.put("timestamp", Long.toUnsignedString(genesis.timestamp()));
    genesis.baseFeePerGas().ifPresent(b -> root.put("baseFeePerGas", "0x" + b.toString(16)));
    genesis.excessBlobGas().ifPresent(b -> root.put("excessBlobGas", "0x" + Long.toHexString(b)));
    genesis.blobGasUsed().ifPresent(b -> root.put("blobGasUsed", "0x" + Long.toHexString(b)));
    try {
      return JSON.writer(PRETTY).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serializes", e);
    }
  }

  private static String hex(byte[] bytes) {
    return "0x" + HexFormat.of().formatHex(bytes);
  }

  /** Parses one value, with errors naming the source file and the field's path. */
  private record Field(String source) {

    private ExecutionGenesisException error(String path, Object value, String expected) {
      return new ExecutionGenesisException(
          source + ": " + path + ": '" + text(value) + "' is not " + expected);
    }

    private static String text(Object value) {
      return value instanceof JsonNode n
          ? (n.isTextual() ? n.textValue() : n.toString())
          : String.valueOf(value);
    }

    BigInteger unsigned(String path, JsonNode node) {
      BigInteger v;
      try {
        if (node.isIntegralNumber()) {
          v = node.bigIntegerValue();
        } else if (node.isTextual()) {
          String s = node.textValue().trim();
          v =
              s.startsWith("0x") || s.startsWith("0X")
                  ? (s.length() == 2 ? BigInteger.ZERO : new BigInteger(s.substring(2), 16))
                  : new BigInteger(s);
        } else {
          throw error(path, node, "a number (decimal or 0x hex)");
        }
      } catch (NumberFormatException e) {
        throw error(path, node, "a number (decimal or 0x hex)");
      }
      if (v.signum() < 0 || v.bitLength() > 256) {
        throw error(path, node, "an unsigned 256-bit number");
      }
      return v;
    }

    long longValue(String path, JsonNode node, long absent) {
      if (node == null || node.isNull()) {
        if (absent < 0) {
          throw new ExecutionGenesisException(source + ": " + path + ": missing");
        }
        return absent;
      }
      BigInteger v = unsigned(path, node);
      if (v.bitLength() > 64) {
        throw error(path, node, "a 64-bit number");
      }
      return v.longValue();
    }

    byte[] bytes(String path, JsonNode node) {
      if (!node.isTextual()) {
        throw error(path, node, "a 0x-hex string");
      }
      String s = node.textValue();
      String digits = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
      try {
        return HexFormat.of().parseHex(digits.length() % 2 == 1 ? "0" + digits : digits);
      } catch (IllegalArgumentException e) {
        throw error(path, node, "a 0x-hex string");
      }
    }

    Bytes32 bytes32(String path, JsonNode node) {
      byte[] b = bytes(path, node);
      if (b.length > 32) {
        throw error(path, node, "32 bytes of hex");
      }
      byte[] padded = new byte[32];
      System.arraycopy(b, 0, padded, 32 - b.length, b.length);
      return Bytes32.wrap(padded);
    }

    Bytes32 bytes32(String path, String text) {
      return bytes32(path, JSON.getNodeFactory().textNode(text));
    }

    Address address(String path, JsonNode node) {
      if (!node.isTextual()) {
        throw error(path, node, "an address (40 hex digits)");
      }
      return address(path, node.textValue());
    }

    Address address(String path, String text) {
      try {
        return Address.fromHex(text);
      } catch (IllegalArgumentException e) {
        throw error(path, text, "an address (40 hex digits)");
      }
    }
  }
}
