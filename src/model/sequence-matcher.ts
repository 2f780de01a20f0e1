/**
 * Which of many needles (sequences of symbols: words, or the digits of a phone number) occur in a sequence, in
 * time linear in the sequence plus what is found (Aho–Corasick over symbols). Built once per network; a
 * haystack of megabytes and thousands of needles that share their start cost no more than their length.
 */

export interface SequenceMatcher {
  /** Indices of the needles that occur in `symbols` as a contiguous run (each at most once, in no set order). */
  find(symbols: readonly string[]): number[];
  /** Steps taken so far by every `find` (transitions and outputs): a measure of work for tests. */
  readonly steps: number;
}

export function createSequenceMatcher(needles: ReadonlyArray<readonly string[]>): SequenceMatcher {
  const next: Array<Map<string, number>> = [new Map<string, number>()];
  const out: number[][] = [[]];
  needles.forEach((needle, index) => {
    if (needle.length === 0) return;
    let node = 0;
    for (const symbol of needle) {
      let child = next[node]!.get(symbol);
      if (child === undefined) {
        child = next.length;
        next.push(new Map<string, number>());
        out.push([]);
        next[node]!.set(symbol, child);
      }
      node = child;
    }
    out[node]!.push(index);
  });
  // Failure links (longest proper suffix that is a prefix of a needle) and output links (nearest such suffix
  // that ends a needle), breadth first.
  const fail = new Array<number>(next.length).fill(0);
  const outLink = new Array<number>(next.length).fill(0);
  const queue: number[] = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [symbol, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(symbol)) f = fail[f]!;
      const target = next[f]!.get(symbol);
      fail[child] = target !== undefined && target !== child ? target : 0;
      outLink[child] = out[fail[child]]!.length > 0 ? fail[child] : outLink[fail[child]]!;
      queue.push(child);
    }
  }
  const seen = new Array<number>(next.length).fill(0);
  let stamp = 0;
  let steps = 0;
  return {
    get steps() {
      return steps;
    },
    find(symbols) {
      const found: number[] = [];
      if (next[0]!.size === 0) return found;
      stamp++;
      let state = 0;
      for (const symbol of symbols) {
        steps++;
        while (state !== 0 && !next[state]!.has(symbol)) {
          state = fail[state]!;
          steps++;
        }
        state = next[state]!.get(symbol) ?? 0;
        // Report this node and its output chain, stopping at a node already reported for this haystack.
        for (let n = out[state]!.length > 0 ? state : outLink[state]!; n !== 0 && seen[n] !== stamp; n = outLink[n]!) {
          seen[n] = stamp;
          found.push(...out[n]!);
          steps++;
        }
      }
      return found;
    },
  };
}
