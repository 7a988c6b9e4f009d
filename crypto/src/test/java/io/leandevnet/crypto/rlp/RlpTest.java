package io.leandevnet.crypto.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RlpTest {

  private static String hex(RlpItem item) {
    return HexFormat.of().formatHex(Rlp.encode(item));
  }

  @Test
  void encodesTheYellowPaperExamples() {
    // ethereum/tests RLPTests/rlptest.json
    assertThat(hex(RlpItem.string("dog"))).isEqualTo("83646f67");
    assertThat(hex(RlpItem.list(List.of(RlpItem.string("cat"), RlpItem.string("dog")))))
        .isEqualTo("c88363617483646f67");
    assertThat(hex(RlpItem.string(""))).isEqualTo("80");
    assertThat(hex(RlpItem.list(List.of()))).isEqualTo("c0");
    assertThat(hex(RlpItem.unsigned(0))).isEqualTo("80");
    assertThat(hex(RlpItem.unsigned(15))).isEqualTo("0f");
    assertThat(hex(RlpItem.unsigned(1024))).isEqualTo("820400");
    assertThat(hex(RlpItem.string("Lorem ipsum dolor sit amet, consectetur adipisicing elit")))
        .isEqualTo(
            "b838"
                + HexFormat.of()
                    .formatHex(
                        "Lorem ipsum dolor sit amet, consectetur adipisicing elit".getBytes()));
    // [ [], [[]], [ [], [[]] ] ]
    RlpItem empty = RlpItem.list(List.of());
    RlpItem one = RlpItem.list(List.of(empty));
    assertThat(hex(RlpItem.list(List.of(empty, one, RlpItem.list(List.of(empty, one))))))
        .isEqualTo("c7c0c1c0c3c0c1c0");
  }

  @Test
  void rejectsNonCanonicalInput() {
    assertThatThrownBy(() -> Rlp.decode(HexFormat.of().parseHex("8105")))
        .hasMessageContaining("single byte below 0x80");
    assertThatThrownBy(() -> Rlp.decode(HexFormat.of().parseHex("b80100")))
        .hasMessageContaining("long form");
    assertThatThrownBy(() -> Rlp.decode(HexFormat.of().parseHex("83646f")))
        .hasMessageContaining("runs past the end");
    assertThatThrownBy(() -> Rlp.decode(HexFormat.of().parseHex("0505")))
        .hasMessageContaining("trailing");
    assertThatThrownBy(() -> RlpItem.bytes(new byte[] {0, 1}).asUnsigned())
        .hasMessageContaining("leading zero");
  }

  @Property(tries = 300)
  void decodeInvertsEncodeForNestedItems(@ForAll byte[] a, @ForAll byte[] b) {
    RlpItem item =
        RlpItem.list(
            List.of(RlpItem.bytes(a), RlpItem.list(List.of(RlpItem.bytes(b))), RlpItem.bytes(b)));
    assertThat(Rlp.decode(Rlp.encode(item))).isEqualTo(item);
  }
}
