import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress, type Suppressed } from './suppression';

const same = (a: Suppressed, b: Suppressed): boolean =>
  a.total === b.total && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);

// All ways to fill the hidden cells with values in [lo, hi] (optionally with a fixed sum).
function* fillings(m: number, lo: number, hi: number, sum?: number): Generator<number[]> {
  if (m === 0) {
    if (sum === undefined || sum === 0) yield [];
    return;
  }
  for (let v = lo; v <= hi; v += 1) {
    if (sum !== undefined && sum - v < (m - 1) * lo) break;
    for (const rest of fillings(m - 1, lo, hi, sum === undefined ? undefined : sum - v)) yield [v, ...rest];
  }
}

// An attacker who knows the rule and sees one answer: cell i is recoverable unless some other
// table, differing in cell i, gives exactly the same answer. The search is exhaustive over the
// tables that could lie behind the answer (hidden cells are ≥ 1; with the total withheld only the
// small cells are hidden, so they are < k; with the total published they add up to what is missing).
const hasAlternative = (truth: number[], answer: Suppressed, i: number, k: number): boolean => {
  const hidden = answer.values.flatMap((v, j) => (v === null ? [j] : []));
  const missing = answer.total === null ? undefined : answer.total - answer.values.reduce<number>((a, v) => a + (v ?? 0), 0);
  const hi = missing === undefined ? k - 1 : missing;
  for (const filling of fillings(hidden.length, 1, hi, missing)) {
    const alt = [...truth];
    hidden.forEach((j, n) => (alt[j] = filling[n]!));
    if (alt[i] !== truth[i] && same(suppress(alt, k), answer)) return true;
  }
  return false;
};

describe('suppress', () => {
  it('publishes everything, with the total, when no count is small', () => {
    expect(suppress([0, 5, 12], 5)).toEqual({ values: [0, 5, 12], total: 17 });
  });

  it('suppresses 1 … minCellSize−1 and keeps zero as zero', () => {
    const { values } = suppress([0, 1, 4, 9, 30], 5);
    expect(values[0]).toBe(0);
    expect(values[1]).toBeNull();
    expect(values[2]).toBeNull();
  });

  it('never leaves exactly one suppressed cell beside a published total', () => {
    const answer = suppress([3, 40, 20, 57], 5);
    const suppressed = answer.values.filter((v) => v === null).length;
    expect(answer.total === null || suppressed >= 2).toBe(true);
    expect(answer).toEqual({ values: [null, 40, null, 57], total: 120 });
  });

  it('withholds the total beside a lone small cell or several small cells', () => {
    expect(suppress([2, 0, 0], 5)).toEqual({ values: [null, 0, 0], total: null });
    expect(suppress([1, 1, 30], 3)).toEqual({ values: [null, null, 30], total: null });
  });

  it('publishes the total beside two hidden cells that could be 1+5, 2+4, 3+3, 4+2 or 5+1', () => {
    expect(suppress([1, 5, 100], 5)).toEqual({ values: [null, null, 100], total: 106 });
  });

  it('makes no suppressed cell recoverable from any one answer (property, attacker knows the rule)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 14 })), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 3, max: 6 }),
        (truth, k) => {
          const answer = suppress(truth, k);
          answer.values.forEach((v, i) => {
            if (v === null) expect(hasAlternative(truth, answer, i, k), `cell ${i} of ${truth.join(',')} (k=${k})`).toBe(true);
            else expect(v).toBe(truth[i]);
            if (truth[i]! > 0 && truth[i]! < k) expect(v).toBeNull();
          });
          const hiddenCount = answer.values.filter((v) => v === null).length;
          if (answer.total !== null) {
            expect(answer.total).toBe(truth.reduce((a, b) => a + b, 0));
            expect(hiddenCount).not.toBe(1);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
