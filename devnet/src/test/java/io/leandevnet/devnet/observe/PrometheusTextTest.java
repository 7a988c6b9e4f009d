package io.leandevnet.devnet.observe;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  @Test
  void readsSamplesLabelsAndSkipsComments() {
    PrometheusText m =
        PrometheusText.parse(
            """
        # HELP lean_head_slot Latest slot of the chain head
        # TYPE lean_head_slot gauge
        lean_head_slot 17
        lean_connected_peers{client="zeam_0"} 1
        lean_connected_peers{client="ream_0",note="a \\"quoted\\" value"} 2
        lean_pq_sig_attestation_signing_time_seconds_bucket{le="+Inf"} 3.0 1700000000000
        lean_current_slot NaN
        """);
    assertThat(m.first("lean_head_slot")).contains(17.0);
    assertThat(m.sum("lean_connected_peers")).contains(3.0);
    assertThat(m.samples())
        .filteredOn(s -> s.name().equals("lean_connected_peers"))
        .extracting(s -> s.labels().get("client"))
        .containsExactly("zeam_0", "ream_0");
    assertThat(m.samples().get(2).labels().get("note")).isEqualTo("a \"quoted\" value");
    assertThat(m.first("lean_pq_sig_attestation_signing_time_seconds_bucket")).contains(3.0);
    assertThat(m.first("lean_current_slot").get()).isNaN();
    assertThat(m.unreadableLines()).isZero();
  }

  @Test
  void countsUnreadableLinesWithoutLosingTheRest() {
    PrometheusText m =
        PrometheusText.parse(
            "lean_head_slot{broken 3\n{}\nlean_head_slot twelve\nlean_latest_finalized_slot 4\n");
    assertThat(m.unreadableLines()).isEqualTo(3);
    assertThat(m.first("lean_latest_finalized_slot")).contains(4.0);
    assertThat(m.has("lean_head_slot")).isFalse();
  }
}
