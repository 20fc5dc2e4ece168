import { describe, expect, it } from 'vitest';
import { boardState } from './duty-board.service';
import { BoardState } from './duty-board.types';

const c = (duties: number, updated: number, done: number, late: number, missing: number) => ({ duties, updated, done, late, missing });

describe('boardState', () => {
  it('shows the worst news first', () => {
    expect(boardState(c(4, 1, 0, 1, 3), true)).toBe(BoardState.MISSING);
    expect(boardState(c(2, 2, 2, 1, 0), true)).toBe(BoardState.LATE);
    expect(boardState(c(2, 2, 2, 0, 0), true)).toBe(BoardState.DONE);
    expect(boardState(c(2, 2, 1, 0, 0), false)).toBe(BoardState.UPDATED);
    expect(boardState(c(2, 1, 0, 0, 0), false)).toBe(BoardState.PARTIAL);
    expect(boardState(c(2, 0, 0, 0, 0), false)).toBe(BoardState.PENDING);
  });
});
