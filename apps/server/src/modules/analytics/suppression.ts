// Small-cell suppression (statistical disclosure control) for one stats answer.
//
// The cells of one answer are disjoint counts whose only published relation is their total, so
// a suppressed cell can only be recovered by subtraction from the total, helped by what the rule
// itself reveals. The rule, with k = minCellSize (at least 3):
//  1. Primary: counts 1 … k−1 are suppressed. Zero stays zero.
//  2. Secondary: with exactly one primary cell, the next smallest non-zero cell is suppressed too
//     (with every cell of the same value, so that no published cell equals it), and the total is
//     published. The hidden cells add up to what the total leaves over, but any of them may be
//     the small one, so no value can be told.
//  3. Otherwise (a lone small cell, or two or more small cells) the total is withheld: the hidden
//     cells are then independent, each any of 1 … k−1.
// Deciding on the number of small cells only, never on their values, keeps the decision itself
// from telling anything. suppression.test.ts checks, by searching every table that could lie
// behind an answer, that no suppressed cell is recoverable from any one answer.

export type Suppressed = { values: (number | null)[]; total: number | null };

// Indexes of the smallest non-zero cells other than `taken` (all of them on ties).
const nextSmallest = (values: readonly number[], taken: number): number[] => {
  const rest = values.filter((v, i) => v > 0 && i !== taken);
  if (rest.length === 0) return [];
  const min = Math.min(...rest);
  return values.flatMap((v, i) => (v === min && i !== taken ? [i] : []));
};

export const suppress = (values: readonly number[], minCellSize: number): Suppressed => {
  const total = values.reduce((a, v) => a + v, 0);
  const primary = values.flatMap((v, i) => (v > 0 && v < minCellSize ? [i] : []));
  if (primary.length === 0) return { values: [...values], total };
  if (primary.length === 1) {
    const secondary = new Set(nextSmallest(values, primary[0]!));
    if (secondary.size > 0) {
      return { values: values.map((v, i) => (i === primary[0] || secondary.has(i) ? null : v)), total };
    }
  }
  const hidden = new Set(primary);
  return { values: values.map((v, i) => (hidden.has(i) ? null : v)), total: null };
};
