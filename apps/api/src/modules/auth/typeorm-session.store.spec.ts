import type { SessionData } from 'express-session';
import type { DataSource } from 'typeorm';
import { TypeormSessionStore } from './typeorm-session.store';

const HOUR = 3_600_000;

function storeWith(row: { expiresAt: Date; data: object; createdAt?: Date }) {
  const sessions = {
    findOneBy: jest.fn().mockResolvedValue({ sid: 's1', createdAt: new Date(), ...row }),
    update: jest.fn().mockResolvedValue({ affected: 1 }),
    upsert: jest.fn().mockResolvedValue({}),
    delete: jest.fn().mockResolvedValue({ affected: 1 }),
  };
  const dataSource = { getRepository: () => sessions } as unknown as DataSource;
  return {
    store: new TypeormSessionStore(dataSource, { idleMs: 8 * HOUR, maxAgeMs: 24 * HOUR }),
    sessions,
  };
}

const load = (store: TypeormSessionStore) =>
  new Promise<SessionData>((resolve, reject) =>
    store.get('s1', (error, session) => (error ? reject(error) : resolve(session!))),
  );
const touch = (store: TypeormSessionStore, session: SessionData, expires: Date) =>
  new Promise<void>((resolve) =>
    store.touch('s1', { ...session, cookie: { ...session.cookie, expires } }, () => resolve()),
  );

describe('TypeormSessionStore', () => {
  const storedExpiry = new Date(Date.now() + 8 * HOUR);
  const data = { cookie: { originalMaxAge: 8 * HOUR }, passport: { user: 'u1' } };

  it('does not write a touch that moves the expiry by less than a minute', async () => {
    const { store, sessions } = storeWith({ expiresAt: storedExpiry, data });
    const session = await load(store);
    await touch(store, session, new Date(storedExpiry.getTime() + 30_000));
    expect(sessions.update).not.toHaveBeenCalled();
  });

  it('writes a touch that moves the expiry further', async () => {
    const { store, sessions } = storeWith({ expiresAt: storedExpiry, data });
    const session = await load(store);
    const later = new Date(storedExpiry.getTime() + 90_000);
    await touch(store, session, later);
    expect(sessions.update).toHaveBeenCalledWith(
      { sid: 's1' },
      expect.objectContaining({ expiresAt: later }),
    );
  });

  it('keeps the stored expiry out of the saved session data', async () => {
    const { store, sessions } = storeWith({ expiresAt: storedExpiry, data });
    const session = await load(store);
    await new Promise<void>((resolve) => store.set('s1', session, () => resolve()));
    const [where, saved] = sessions.update.mock.calls[0];
    expect(where).toEqual({ sid: 's1' });
    expect(saved).toMatchObject({ userId: 'u1' });
    expect(Object.keys(saved.data).sort()).toEqual(['cookie', 'passport']);
  });

  it('saves a new session as a new row, with the browser it came from', async () => {
    const { store, sessions } = storeWith({ expiresAt: storedExpiry, data });
    const session = Object.defineProperty({ ...data }, 'req', {
      value: { headers: { 'user-agent': 'Firefox' } },
    });
    await new Promise<void>((resolve) => store.set('s2', session, () => resolve()));
    expect(sessions.update).not.toHaveBeenCalled();
    expect(sessions.upsert.mock.calls[0][0]).toMatchObject({
      sid: 's2',
      userId: 'u1',
      userAgent: 'Firefox',
    });
  });

  it('loads nothing once the session has run out', async () => {
    const { store } = storeWith({ expiresAt: new Date(Date.now() - 1000), data });
    expect(await load(store)).toBeNull();
  });

  it('removes a session past its absolute lifetime, however recently it was used', async () => {
    const { store, sessions } = storeWith({
      expiresAt: storedExpiry,
      createdAt: new Date(Date.now() - 25 * HOUR),
      data,
    });
    expect(await load(store)).toBeNull();
    expect(sessions.delete).toHaveBeenCalledWith({ sid: 's1' });
  });
});
