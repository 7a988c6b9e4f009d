package io.leandevnet.devnet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code global_node_selectors} and {@code global_tolerations} as ethereum-package reads them: the
 * placement of every participant that sets none of its own, each level ({@code cl_tolerations} /
 * {@code el_tolerations}, then {@code tolerations}, then the global ones) replacing the next as a
 * whole when it is set and not empty; problems named by their path.
 */
class GlobalSchedulingTest {

  private static final Toleration DEDICATED =
      new Toleration("dedicated", "Equal", "lean", "NoSchedule", Optional.empty());
  private static final Toleration SPOT = new Toleration("spot", "Exists", "", "", Optional.empty());
  private static final Toleration UNREACHABLE =
      new Toleration("node.kubernetes.io/unreachable", "Exists", "", "NoExecute", Optional.of(60L));

  private static DevnetSpec spec(String yaml) {
    ArgsFile.Result r = ArgsFile.parse(yaml);
    assertThat(r).as("%s", r.problems()).isInstanceOf(ArgsFile.Valid.class);
    return ((ArgsFile.Valid) r).spec();
  }

  @Test
  void participantsWithoutPlacementOfTheirOwnTakeTheGlobalOne() {
    DevnetSpec spec =
        spec(
            """
            participants:
              - cl_type: zeam
                is_aggregator: true
              - cl_type: ream
                node_selectors: {disktype: ssd}
                tolerations: [{key: spot, operator: Exists}]
              - cl_type: ethlambda
                el_type: geth
                tolerations: [{key: spot, operator: Exists}]
                cl_tolerations: []
                el_tolerations:
                  - {key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, toleration_seconds: 60}
            global_node_selectors: {lean-devnet.io/pool: devnets}
            global_tolerations:
              - {key: dedicated, operator: Equal, value: lean, effect: NoSchedule}
            """);
    Scheduling global =
        new Scheduling(Map.of("lean-devnet.io/pool", "devnets"), List.of(DEDICATED));
    assertThat(spec.global()).isEqualTo(global);
    List<Participant> ps = spec.participants();
    // nothing of its own: the global placement
    assertThat(ps.get(0).cl().scheduling()).isEqualTo(global);
    // its own selectors and tolerations replace the global ones, each as a whole
    assertThat(ps.get(1).cl().scheduling())
        .isEqualTo(new Scheduling(Map.of("disktype", "ssd"), List.of(SPOT)));
    // an empty cl_tolerations falls back to tolerations; el_tolerations wins for the EL
    assertThat(ps.get(2).cl().scheduling())
        .isEqualTo(new Scheduling(Map.of("lean-devnet.io/pool", "devnets"), List.of(SPOT)));
    assertThat(ps.get(2).el().orElseThrow().settings().scheduling())
        .isEqualTo(new Scheduling(Map.of("lean-devnet.io/pool", "devnets"), List.of(UNREACHABLE)));
  }

  @Test
  void withoutGlobalKeysPodsMayRunAnywhere() {
    DevnetSpec spec =
        spec(
            """
            participants:
              - cl_type: zeam
                is_aggregator: true
            """);
    assertThat(spec.global()).isEqualTo(Scheduling.ANYWHERE);
    assertThat(spec.participants().getFirst().cl().scheduling()).isEqualTo(Scheduling.ANYWHERE);
  }

  @Test
  void malformedGlobalKeysAreNamedByTheirPath() {
    ArgsFile.Result r =
        ArgsFile.parse(
            """
            participants:
              - cl_type: zeam
                is_aggregator: true
            global_node_selectors: [pool]
            global_tolerations:
              - {key: a, operator: Maybe, effect: Sometimes, toleration_seconds: soon, colour: red}
              - just-a-string
            """);
    assertThat(r).isInstanceOf(ArgsFile.Invalid.class);
    assertThat(r.problems())
        .extracting(Problem::path, Problem::message)
        .contains(
            tuple(
                "global_node_selectors",
                "expected a mapping of node labels to values such as {disktype: ssd}, got a list"),
            tuple("global_tolerations[0].operator", "'Maybe': expected Equal or Exists"),
            tuple(
                "global_tolerations[0].effect",
                "'Sometimes': expected NoSchedule, PreferNoSchedule or NoExecute (or none)"));
    assertThat(r.problems())
        .extracting(Problem::path)
        .contains(
            "global_tolerations[0].toleration_seconds",
            "global_tolerations[0].colour",
            "global_tolerations[1]");
  }

  @Test
  void aGlobalTolerationsMappingIsRefused() {
    ArgsFile.Result r =
        ArgsFile.parse(
            """
            participants:
              - cl_type: zeam
                is_aggregator: true
            global_tolerations: {key: dedicated}
            """);
    assertThat(r.problems()).extracting(Problem::path).containsExactly("global_tolerations");
    assertThat(r.problems().getFirst().message()).startsWith("expected a list such as");
  }
}
