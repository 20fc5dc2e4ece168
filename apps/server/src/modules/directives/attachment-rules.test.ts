import { describe, expect, it } from 'vitest';
import { attachmentType, cleanFileName } from './attachment-rules';

describe('attachment type checks', () => {
  const pdf = Buffer.from('%PDF-1.7\n...');
  it('accepts a file whose name, declared type and first bytes agree', () => {
    expect(attachmentType('bien-ban.pdf', 'application/pdf', pdf)).toBe('application/pdf');
    expect(attachmentType('anh.JPG', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
  });
  it('refuses a renamed executable, a wrong extension and unknown types', () => {
    expect(attachmentType('bien-ban.pdf', 'application/pdf', Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(attachmentType('bien-ban.exe', 'application/pdf', pdf)).toBeNull();
    expect(attachmentType('a.html', 'text/html', Buffer.from('<html>'))).toBeNull();
  });
  it('cleans file names for storage and headers', () => {
    expect(cleanFileName('../Biên bản "kiểm tra".pdf')).toBe('.._Biên bản _kiểm tra_.pdf');
    expect(cleanFileName('   ')).toBe('tep-dinh-kem');
  });
});
