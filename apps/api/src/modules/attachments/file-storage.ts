import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** A file being written: its bytes go to `stream`; it is nobody's until finalized. */
export interface FileUpload {
  /** Where the unfinished file can be read back (to check it) or deleted. */
  tempKey: string;
  stream: Writable;
}

/**
 * Where attachment bytes live. An upload is written under a temporary key and only moved to
 * its final key once checked, so an interrupted or refused upload never looks like a file.
 * The local volume is the default; an object store fits the same four steps.
 */
export abstract class FileStorage {
  abstract createUpload(): Promise<FileUpload>;
  /** Moves a complete, checked upload into place; returns its permanent key. */
  abstract finalize(tempKey: string): Promise<string>;
  abstract read(key: string): Readable;
  /** Removes the file; a key that is already gone is no error. */
  abstract delete(key: string): Promise<void>;
}

/** Files in a directory: `tmp/` for uploads under way, `files/` for finished ones. */
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(directory: string) {
    super();
    this.root = resolve(directory);
  }

  async createUpload(): Promise<FileUpload> {
    await mkdir(join(this.root, 'tmp'), { recursive: true });
    const tempKey = `tmp/${randomUUID()}`;
    return { tempKey, stream: createWriteStream(this.path(tempKey), { flags: 'wx' }) };
  }

  async finalize(tempKey: string): Promise<string> {
    // Same volume as tmp/, so the rename is atomic: a finished file appears whole or not at all.
    await mkdir(join(this.root, 'files'), { recursive: true });
    const key = `files/${randomUUID()}`;
    await rename(this.path(tempKey), this.path(key));
    return key;
  }

  read(key: string): Readable {
    return createReadStream(this.path(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  /** Keys are made here, never taken from a client; the check guards against a corrupt row. */
  private path(key: string): string {
    if (!/^(tmp|files)\/[0-9a-f-]{36}$/.test(key)) throw new Error(`Not a storage key: ${key}`);
    return join(this.root, key);
  }
}
