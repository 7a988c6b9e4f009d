package io.leandevnet.ssz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class SszPropertiesTest {
  @Property(tries = 200)
  void bitlistsRoundTrip(@ForAll @Size(max = 300) List<Boolean> bools) {
    boolean[] arr = new boolean[bools.size()];
    for (int i = 0; i < arr.length; i++) {
      arr[i] = bools.get(i);
    }
    Bits bits = Bits.of(arr);
    BitlistType type = Ssz.bitlist(300);
    assertThat(type.deserialize(type.serialize(bits))).isEqualTo(bits);
  }

  @Property(tries = 200)
  void uint64ListsRoundTrip(@ForAll @Size(max = 20) List<Long> values) {
    ListType<Long> type = Ssz.list(Ssz.UINT64, 20);
    assertThat(type.deserialize(type.serialize(values))).isEqualTo(values);
  }

  @Property(tries = 500)
  void arbitraryBytesNeverCrashTheDecoder(@ForAll @Size(max = 64) byte[] junk) {
    ListType<List<Long>> type = Ssz.list(Ssz.list(Ssz.UINT64, 4), 8);
    Throwable t = catchThrowable(() -> type.deserialize(junk));
    assertThat(t == null || t instanceof SszException).as("%s", t).isTrue();
  }
}
