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

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * Marks that reorder how text is shown: `kontrakt\u202Efdp.exe` would read as
 * `kontraktexe.pdf`, so a name could pose as another type.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name as people know it, without any path, control or bidirectional-control
 * characters, or excess length.
 */
export function cleanFileName(name: string | undefined): string {
  // Browsers send a double quote in a multipart file name as %22 (HTML's form encoding).
  const base = (name ?? '').replaceAll('%22', '"').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(CONTROL_CHARACTERS, '').replace(BIDI_CONTROLS, '').trim();
  return [...clean].slice(-255).join('') || 'attachment';
}

/** The extensions each allowed type goes by; the first is given to a file that lacks one. */
const EXTENSIONS: Record<AttachmentMediaType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'text/csv': ['.csv'],
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
};

/**
 * The stored name's extension follows the detected type, so a PDF uploaded as `x.html` is
 * downloaded as `x.pdf` and no desktop opens it as the type its name claimed.
 */
export function nameForMediaType(fileName: string, mediaType: AttachmentMediaType): string {
  const extensions = EXTENSIONS[mediaType];
  if (extensions.some((extension) => fileName.toLowerCase().endsWith(extension))) return fileName;
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  return `${[...stem].slice(0, 255 - extensions[0].length).join('')}${extensions[0]}`;
}
