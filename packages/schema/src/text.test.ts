import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './text';

describe('foldVietnamese', () => {
  it('removes tones and vowel marks and folds đ', () => {
    expect(foldVietnamese('Nguyễn Thị Hoà')).toBe('nguyen thi hoa');
    expect(foldVietnamese('ĐẶNG Văn Đức')).toBe('dang van duc');
    expect(foldVietnamese('Lò Thị Mỷ')).toBe('lo thi my');
  });
  it('treats composed and decomposed input alike', () => {
    expect(foldVietnamese('Hoa\u0300')).toBe(foldVietnamese('Hoà'));
  });
  it('collapses white space', () => {
    expect(foldVietnamese('  Vàng   A  Páo ')).toBe('vang a pao');
  });
});
