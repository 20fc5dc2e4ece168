import { describe, expect, it } from 'vitest';
import { clearDraft, emptyIntake, loadDraft, saveDraft, toSubmitInput } from './intake-draft';

describe('hotline intake draft', () => {
  it('keeps the draft per user until it is cleared', () => {
    const v = { ...emptyIntake('c1', () => 'k1'), description: 'Trẻ bị đánh' };
    saveDraft(sessionStorage, 'u1', v);
    expect(loadDraft(sessionStorage, 'u1')).toEqual(v);
    expect(loadDraft(sessionStorage, 'u2')).toBeNull();
    clearDraft(sessionStorage, 'u1');
    expect(loadDraft(sessionStorage, 'u1')).toBeNull();
  });

  it('sends the receipt time as Hà Nội time and no identity for an anonymous reporter', () => {
    const v = { ...emptyIntake('c1', () => 'k1'), receivedAt: '2026-04-29T10:00', anonymous: true, reporterName: 'Không gửi', description: ' x ' };
    const input = toSubmitInput(v);
    expect(input.receivedAt).toBe('2026-04-29T03:00:00.000Z');
    expect(input.reporter).toEqual({ anonymous: true });
    expect(input.description).toBe('x');
  });

  it('starts a new draft at the current Hà Nội time', () => {
    expect(emptyIntake('c1', () => 'k', new Date('2026-04-29T03:00:00Z')).receivedAt).toBe('2026-04-29T10:00');
  });
});
