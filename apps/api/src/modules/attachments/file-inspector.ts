import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { TextDecoder } from 'node:util';

/**
 * Passes a file's bytes through while counting them, hashing them and watching whether they
 * could be plain text (valid UTF-8 without NUL bytes) — all without keeping more than the
 * chunk at hand.
 */
export class FileInspector extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private decoder: TextDecoder | null = new TextDecoder('utf-8', { fatal: true });
  private textSoFar = true;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    this.hash.update(chunk);
    if (this.textSoFar) this.textSoFar = !chunk.includes(0) && this.decodes(chunk, true);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    // A multi-byte character cut off at the very end makes the file no text.
    if (this.textSoFar) this.textSoFar = this.decodes(new Uint8Array(0), false);
    callback();
  }

  get sha256(): string {
    return this.hash.copy().digest('hex');
  }

  /** Valid UTF-8 with no NUL byte anywhere; meaningful once the whole file has passed. */
  get isText(): boolean {
    return this.textSoFar && this.size > 0;
  }

  private decodes(bytes: Uint8Array, more: boolean): boolean {
    try {
      this.decoder?.decode(bytes, { stream: more });
      return true;
    } catch {
      this.decoder = null;
      return false;
    }
  }
}
