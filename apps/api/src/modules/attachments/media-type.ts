import { ATTACHMENT_MEDIA_TYPES, type AttachmentMediaType } from '@bgb/contracts';
import type { Readable } from 'node:stream';

/**
 * The type of a file from its content: file-type reads the magic numbers, and inside zip
 * containers the part types, so DOCX and XLSX are told apart and an executable renamed `.pdf`
 * stays an executable. CSV has no magic number: text (valid UTF-8, no NUL byte) named `.csv`.
 * `null` for anything not allowed.
 */
export async function detectMediaType(
  content: Readable,
  file: { name: string; isText: boolean },
): Promise<AttachmentMediaType | null> {
  // file-type is ESM-only; the API is CommonJS, and node16 module output keeps this a real import.
  const { fileTypeFromStream } = await import('file-type');
  const detected = await fileTypeFromStream(content);
  if (detected) return allowed(detected.mime);
  return file.isText && /\.csv$/i.test(file.name) ? 'text/csv' : null;
}

function allowed(mime: string): AttachmentMediaType | null {
  return (ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(mime) && mime !== 'text/csv'
    ? (mime as AttachmentMediaType)
    : null;
}

/** A file name as people know it, without any path, control characters or excess length. */
export function cleanFileName(name: string | undefined): string {
  // Browsers send a double quote in a multipart file name as %22 (HTML's form encoding).
  const base = (name ?? '').replaceAll('%22', '"').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...clean].slice(-255).join('') || 'attachment';
}
