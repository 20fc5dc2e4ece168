import { AppError } from '../../common/app-error';

// Evidence files for duty updates: small office documents and scans only, recognised by their
// first bytes (the declared type and the file name must agree with them).
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

type Kind = { type: string; extensions: string[]; magic: number[] };
const KINDS: Kind[] = [
  { type: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], magic: [0x50, 0x4b, 0x03, 0x04] },
];

export const ALLOWED_TYPES = KINDS.map((k) => k.type);

// The accepted content type of a file, or null when its name, declared type and bytes disagree.
export const attachmentType = (fileName: string, declared: string, bytes: Buffer): string | null => {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const kind = KINDS.find((k) => k.type === declared.split(';')[0]!.trim().toLowerCase());
  if (!kind || !kind.extensions.includes(ext)) return null;
  return kind.magic.every((b, i) => bytes[i] === b) ? kind.type : null;
};

// A file name safe to store and to send back in Content-Disposition.
// Control characters are exactly what must go.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[\\/\0-\x1f"<>|:*?]/g;
// X-File-Name carries the name URI-encoded; a malformed escape is the sender's error.
export const decodeFileName = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw AppError.field('file', 'error.badFileName');
  }
};

export const cleanFileName = (name: string): string =>
  name.normalize('NFC').replace(UNSAFE_IN_FILE_NAMES, '_').trim().slice(0, 200) || 'tep-dinh-kem';
