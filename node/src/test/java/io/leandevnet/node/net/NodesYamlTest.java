package io.leandevnet.node.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodesYamlTest {

  /**
   * lean-quickstart local-devnet nodes.yaml (blockblaz/lean-quickstart @9304ad9): 127.0.0.1, quic
   * 9000.
   */
  private static final String ZEAM_0 =
      "enr:-IW4QMn2QUYENcnsEpITZLph3YZee8Y3B92INUje_riQUOFQQ5Zm5kASi7E_IuQoGCWgcmCYrH920Q52k"
          + "H7tQcWcPhEBgmlkgnY0gmlwhH8AAAGEcXVpY4IjKIlzZWNwMjU2azGhAhMMnGF1rmIPQ9tWgqfkNmvsG-aIyc9EJU5JFo3Tegys";

  /** Same file, quic 9001. */
  private static final String REAM_0 =
      "enr:-IW4QDc1Hkslu0Bw11YH4APkXvSWukp5_3VdIrtwhWomvTVVAS-EQNB-rYesXDxhHA613gG9OGR_AiI"
          + "yE0VeMltTd2cBgmlkgnY0gmlwhH8AAAGEcXVpY4IjKYlzZWNwMjU2azGhA5_HplOwUZ8wpF4O3g4CBsjRMI6kQYT7ph5LkeKzLgTS";

  /** The EIP-778 example record: ip 127.0.0.1, udp 30303, no quic key. */
  private static final String EIP778 =
      "enr:-IS4QHCYrYZbAKWCBRlAy5zzaDZXJBGkcnh4MHcBFZntXNFrdvJjX04jRzjzCBOonrkTfj4"
          + "99SZuOh8R33Ls8RRcy5wBgmlkgnY0gmlwhH8AAAGJc2VjcDI1NmsxoQPKY0yuDUmstAHYpMa2_oxVtw0RW_QAdpzBQA8yWM0xOIN1ZHCCdl8";

  @Test
  void readsIpAndQuicPortOfEveryRecordInOrder(@TempDir Path dir) throws IOException {
    Path nodes = dir.resolve("nodes.yaml");
    Files.writeString(nodes, "- " + ZEAM_0 + "\n- " + REAM_0 + "\n");
    assertThat(NodesYaml.read(nodes))
        .containsExactly(
            new InetSocketAddress("127.0.0.1", 9000), new InetSocketAddress("127.0.0.1", 9001));
  }

  @Test
  void errorsNameTheFileAndTheEntry(@TempDir Path dir) throws IOException {
    Path nodes = dir.resolve("nodes.yaml");
    Files.writeString(nodes, "- " + ZEAM_0 + "\n- " + EIP778 + "\n");
    assertThatThrownBy(() -> NodesYaml.read(nodes))
        .hasMessage(nodes + "[1]: ENR has no 'quic' port");

    Files.writeString(nodes, "- " + ZEAM_0.substring(0, 60) + "\n");
    assertThatThrownBy(() -> NodesYaml.read(nodes)).hasMessageStartingWith(nodes + "[0]: ENR");

    Files.writeString(nodes, "- 42\n");
    assertThatThrownBy(() -> NodesYaml.read(nodes))
        .hasMessage(nodes + "[0]: expected an ENR string, got 42");

    Files.writeString(nodes, "bootnodes: []\n");
    assertThatThrownBy(() -> NodesYaml.read(nodes))
        .hasMessageContaining("expected a YAML list of ENRs");
  }
}
