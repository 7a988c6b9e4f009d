package io.leandevnet.devnet.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of values spelt in args files by a lower-case key ({@code lean_grandine}). */
interface Keyed {

  /** The spelling in args files. */
  String key();

  static <E extends Keyed> Optional<E> byKey(E[] values, String key) {
    return Arrays.stream(values).filter(v -> v.key().equals(key)).findFirst();
  }

  static List<String> keys(Keyed[] values) {
    return Arrays.stream(values).map(Keyed::key).toList();
  }
}
