import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { createHash } from 'node:crypto';
import { FileInspector } from './file-inspector';

async function inspect(...chunks: Buffer[]): Promise<FileInspector> {
  const inspector = new FileInspector();
  await pipeline(
    Readable.from(chunks),
    inspector,
    new Writable({ write: (_chunk, _encoding, done) => done() }),
  );
  return inspector;
}

describe('looking at a file as it streams past', () => {
  it('counts and hashes every byte', async () => {
    const inspector = await inspect(Buffer.from('sample;count\n'), Buffer.from('plasma;12\n'));
    expect(inspector.size).toBe(23);
    expect(inspector.sha256).toBe(
      createHash('sha256').update('sample;count\nplasma;12\n').digest('hex'),
    );
  });

  it('takes UTF-8 text as text, also with a character split between two chunks', async () => {
    const text = Buffer.from('prøve;antal\nblod;3\n');
    const split = text.indexOf(0xc3) + 1;
    expect((await inspect(text.subarray(0, split), text.subarray(split))).isText).toBe(true);
  });

  it('takes a NUL byte, invalid UTF-8, a truncated character or an empty file as no text', async () => {
    expect((await inspect(Buffer.from('a,b\n\0'))).isText).toBe(false);
    expect((await inspect(Buffer.from([0x61, 0xff, 0x62]))).isText).toBe(false);
    expect((await inspect(Buffer.from([0x61, 0xc3]))).isText).toBe(false);
    expect((await inspect()).isText).toBe(false);
  });
});
