package io.leandevnet.devnet.backend.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.devnet.plan.Ipv4Subnet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevnetNetworkTest {

  private static Ipv4Subnet s(String cidr) {
    return Ipv4Subnet.parse(cidr);
  }

  @Test
  void choosesTheFirstSubnetThatOverlapsNoOther() {
    assertThat(DevnetNetwork.choose(16, List.of())).hasToString("10.77.0.0/24");
    assertThat(DevnetNetwork.choose(16, List.of(s("10.77.0.0/24"), s("10.77.1.0/24"))))
        .hasToString("10.77.2.0/24");
    assertThat(DevnetNetwork.choose(16, List.of(s("10.77.0.0/16"))))
        .as("a wide network takes every /24 inside it")
        .hasToString("10.78.0.0/24");
    assertThatThrownBy(() -> DevnetNetwork.choose(16, List.of(s("10.0.0.0/8"))))
        .hasMessageContaining("no free /24 subnet");
  }

  @Test
  void growsTheSubnetForLargePlans() {
    assertThat(DevnetNetwork.choose(253, List.of())).hasToString("10.77.0.0/24");
    assertThat(DevnetNetwork.choose(254, List.of())).hasToString("10.77.0.0/23");
    assertThat(DevnetNetwork.choose(600, List.of(s("10.77.0.0/24")))).hasToString("10.77.4.0/22");
  }

  @Test
  void subnetsOverlapWhenEitherHoldsTheOther() {
    assertThat(s("10.77.0.0/16").overlaps(s("10.77.3.0/24"))).isTrue();
    assertThat(s("10.77.3.0/24").overlaps(s("10.77.0.0/16"))).isTrue();
    assertThat(s("10.77.3.0/24").overlaps(s("10.77.4.0/24"))).isFalse();
    assertThat(Ipv4Subnet.around(Ipv4Subnet.parseAddress("172.17.0.1"), 16))
        .hasToString("172.17.0.0/16");
    assertThat(s("10.77.0.0/24").gateway()).isEqualTo("10.77.0.1");
    assertThat(s("10.77.0.0/24").host(0)).isEqualTo("10.77.0.2");
    assertThatThrownBy(() -> s("10.77.0.0/33")).hasMessageContaining("10.77.0.0/33");
  }

  @Test
  void lddOutputGivesEveryAbsoluteLibraryPath() {
    String out =
        """
        \tlinux-vdso.so.1 (0x00007ffd0b7f2000)
        \tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x00007f0a1c000000)
        \tlibjli.so => not found
        \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0a1be00000)
        \t/lib64/ld-linux-x86-64.so.2 (0x00007f0a1c030000)
        """;
    assertThat(ScratchImage.parseLdd(out))
        .containsExactly(
            Path.of("/lib/x86_64-linux-gnu/libz.so.1"),
            Path.of("/lib/x86_64-linux-gnu/libc.so.6"),
            Path.of("/lib64/ld-linux-x86-64.so.2"));
  }
}
