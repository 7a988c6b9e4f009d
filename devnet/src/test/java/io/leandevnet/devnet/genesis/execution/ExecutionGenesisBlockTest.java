package io.leandevnet.devnet.genesis.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Genesis block hashes of public networks, computed from their genesis.json files (eth-clients
 * repositories, metadata/genesis.json) and compared with the hashes those repositories publish.
 */
class ExecutionGenesisBlockTest {

  static String resource(String name) throws IOException {
    try (InputStream in = ExecutionGenesisBlockTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // London at 0, merged later: baseFee but no withdrawals root; 15 plain accounts
    "sepolia.json, 0x25a5cc106eea7138acab33231d7160d69cb777ee0c2c553fcddf5138993e6dd9,",
    // merged at genesis, Shanghai later; deposit contract with storage
    "holesky.json, 0xb5f7f912443c940f21fd611f12828d75b534364ed9e95ca4e307729a4661bde4,",
    // Cancun at genesis (blob fields, parent beacon root), Prague system contracts pre-deployed
    "hoodi.json, 0xbbe312868b376a3001692a646dd2d7d1e4406380dfd86b98aa8a34d1557c971b,"
        + " 0xda87d7f5f91c51508791bbcbd4aa5baf04917830b86985eeb9ad3d5bfb657576",
  })
  void publicNetworkGenesisHashes(String file, String hash, String stateRoot) throws IOException {
    ExecutionGenesisBlock block =
        ExecutionGenesisBlock.of(ExecutionGenesisJson.read(resource(file), file));
    assertEquals(hash, block.hash().toHex());
    if (stateRoot != null) {
      assertEquals(stateRoot, block.stateRoot().toHex());
    }
  }

  @Test
  void writtenGenesisReadsBackToTheSameBlock() throws IOException {
    ExecutionGenesis hoodi = ExecutionGenesisJson.read(resource("hoodi.json"), "hoodi.json");
    ExecutionGenesis again =
        ExecutionGenesisJson.read(ExecutionGenesisJson.write(hoodi), "written");
    assertEquals(ExecutionGenesisBlock.of(hoodi), ExecutionGenesisBlock.of(again));
  }

  @Test
  void devnetGenesisIsPragueWithoutOsaka() {
    ExecutionGenesis g = DevnetExecutionGenesis.of(1_767_225_600L);
    assertTrue(g.config().activeAt("pragueTime", g.timestamp()));
    assertFalse(g.config().forkTimes().containsKey("osakaTime"));
    String json = ExecutionGenesisJson.write(g);
    assertTrue(json.contains("\"pragueTime\": 0"), json.substring(0, 800));
    assertFalse(json.contains("osakaTime"));
    for (String contract :
        new String[] {
          "0x000f3df6d732807ef1319fb7b8bb8522d0beac02",
          "0x0000f90827f1c53a10cb7a02335b175320002935",
          "0x00000961ef480eb55e80d19ad83579a64c007002",
          "0x0000bbddc7ce488642fb579f8b00f3a590007251",
          DevnetExecutionGenesis.DEPOSIT_CONTRACT
        }) {
      assertTrue(g.alloc().get(Address.fromHex(contract)).code().length > 0, contract);
    }
  }

  /**
   * The devnet genesis at a fixed time, hashed independently by ethereumjs (npm
   * {@code @ethereumjs/blockchain} 10.1.3, {@code createBlockchain} from the written genesis.json;
   * the same script reproduces the three public hashes above).
   */
  @Test
  void devnetGenesisHashMatchesAnIndependentComputation() {
    ExecutionGenesisBlock block =
        ExecutionGenesisBlock.of(DevnetExecutionGenesis.of(1_767_225_600L));
    assertEquals(
        "0x56843f52d1f32c074a6349c5c8b35dd7db96ec320cbae08b911f84ee09d12856",
        block.stateRoot().toHex());
    assertEquals(
        "0xa7517dde37f1905103e8d680d935bdcae2d2ba153ab1bb995490ebb606749d75", block.hash().toHex());
  }

  @Test
  void aForkAfterOsakaAtGenesisIsRefused() throws IOException {
    String text =
        resource("hoodi.json").replace("\"pragueTime\": 1742999832", "\"amsterdamTime\": 0");
    ExecutionGenesisException e =
        assertThrows(
            ExecutionGenesisException.class,
            () -> ExecutionGenesisBlock.of(ExecutionGenesisJson.read(text, "g.json")));
    assertTrue(e.getMessage().contains("config.amsterdamTime"), e.getMessage());
  }

  @Test
  void badFieldsAreNamed() {
    ExecutionGenesisException e =
        assertThrows(
            ExecutionGenesisException.class,
            () ->
                ExecutionGenesisJson.read(
                    "{\"config\":{\"chainId\":1},\"alloc\":{\"0x01\":{\"balance\":\"1\"}}}",
                    "g.json"));
    assertEquals("g.json: alloc key: '0x01' is not an address (40 hex digits)", e.getMessage());
    e =
        assertThrows(
            ExecutionGenesisException.class,
            () ->
                ExecutionGenesisJson.read(
                    "{\"config\":{\"chainId\":1},\"gasLimit\":\"lots\"}", "g.json"));
    assertEquals("g.json: gasLimit: 'lots' is not a number (decimal or 0x hex)", e.getMessage());
  }
}
