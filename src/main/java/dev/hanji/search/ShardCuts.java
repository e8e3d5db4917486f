package dev.hanji.search;

import java.util.function.ToIntFunction;

/** Cuts a sorted list of terms into a given number of contiguous runs of about the same size. */
final class ShardCuts {

  private ShardCuts() {
  }

  /**
   * The shard of each term: never decreasing, no shard skipped, the last term in the last shard. With fewer
   * terms than shards the first shards stay empty.
   *
   * @param terms  sorted terms
   * @param size   a term's weight
   * @param shards how many shards there are
   */
  static int[] assign(String[] terms, ToIntFunction<String> size, int shards) {
    long total = 0;
    for (String term : terms) {
      total += size.applyAsInt(term);
    }
    int[] shardOf = new int[terms.length];
    long before = 0;
    int previous = -1;
    for (int i = 0; i < terms.length; i++) {
      int byWeight = (int) (before * shards / Math.max(1, total));
      int shard = Math.max(previous, Math.min(byWeight, previous + 1));
      shard = Math.max(shard, shards - (terms.length - i));
      shardOf[i] = shard;
      previous = shard;
      before += size.applyAsInt(terms[i]);
    }
    return shardOf;
  }
}
