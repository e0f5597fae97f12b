import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  it('hashes with argon2id at full cost unless told otherwise', async () => {
    const hasher = new PasswordHasher({ PASSWORD_HASH_COST: 'production' });
    const hash = await hasher.hash('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=4,t=3\$/);
    expect(await hasher.verify(hash, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(hash, 'wrong horse battery')).toBe(false);
  });

  it('hashes cheaply at test cost, and such hashes still verify', async () => {
    const hasher = new PasswordHasher({ PASSWORD_HASH_COST: 'test' });
    const hash = await hasher.hash('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(await hasher.verify(hash, 'correct horse battery')).toBe(true);
  });

  it('refuses every password when there is no account', async () => {
    const hasher = new PasswordHasher({ PASSWORD_HASH_COST: 'test' });
    expect(await hasher.verify(undefined, 'correct horse battery')).toBe(false);
  });
});
