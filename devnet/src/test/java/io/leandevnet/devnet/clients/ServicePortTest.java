package io.leandevnet.devnet.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leandevnet.devnet.plan.Port;
import io.leandevnet.devnet.plan.Protocol;
import org.junit.jupiter.api.Test;

/** A planned port and a spec's port take the same numbers: 1 to 65535. */
class ServicePortTest {

  @Test
  void bothEndsOfTheRangeAreTaken() {
    assertThat(new ServicePort("api", 1, PortKind.HTTP).number()).isEqualTo(1);
    assertThat(new Port("api", 65535, Protocol.TCP).number()).isEqualTo(65535);
  }

  @Test
  void numbersOutsideTheRangeAreRefusedNamingThePort() {
    assertThatThrownBy(() -> new ServicePort("quic", 0, PortKind.QUIC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port quic out of range: 0");
    assertThatThrownBy(() -> new Port("metrics", 65536, Protocol.TCP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port metrics out of range: 65536");
  }
}
