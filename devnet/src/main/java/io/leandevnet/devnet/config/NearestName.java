package io.leandevnet.devnet.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a misspelt one most likely meant, for "did you mean ...?" hints: the
 * candidate with the smallest edit distance, if that distance is small for the word's length, or a
 * candidate that contains the word (or is contained in it), as {@code grandine} in {@code
 * lean_grandine}.
 */
final class NearestName {

  private NearestName() {}

  static Optional<String> among(String input, Collection<String> candidates) {
    String word = input.toLowerCase(Locale.ROOT);
    Optional<String> closest =
        candidates.stream().min(Comparator.comparingInt(c -> distance(word, c)));
    if (closest.isPresent() && distance(word, closest.get()) <= Math.max(2, word.length() / 3)) {
      return closest;
    }
    if (word.length() >= 3) {
      return candidates.stream()
          .filter(c -> c.contains(word) || word.contains(c))
          .min(Comparator.comparingInt(c -> distance(word, c)));
    }
    return Optional.empty();
  }

  /** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
