import { QueryKeys } from './query-keys';

type KeyFactory = (...args: never[]) => readonly unknown[];

/** Every key the registry can make, by its path in the registry, each with sample arguments. */
function everyKey(node: object, path: string[] = []): [string, readonly unknown[]][] {
  return Object.entries(node).flatMap(([name, value]) =>
    typeof value === 'function'
      ? [[[...path, name].join('.'), (value as KeyFactory)(...(['x', 1] as never[]))]]
      : everyKey(value as object, [...path, name]),
  );
}

/** Caches that hold nothing of a particular user's: the same for whoever is signed in. */
const SHARED = [
  'userScoped',
  'currentUser',
  'authProviders',
  'biobanks',
  'services',
  'serviceQuestions.current',
  'serviceQuestions.version',
  'unsubscribeTarget',
  'invitations.preview',
];

describe('the query keys', () => {
  it.each(everyKey(QueryKeys).filter(([name]) => !SHARED.includes(name)))(
    '%s sits under the user-scoped root, so that logging out forgets it',
    (_name, key) => {
      expect(key.slice(0, QueryKeys.userScoped().length)).toEqual(QueryKeys.userScoped());
    },
  );

  it.each(everyKey(QueryKeys).filter(([name]) => SHARED.includes(name) && name !== 'userScoped'))(
    '%s is shared by every user and survives a change of user',
    (_name, key) => {
      expect(key[0]).not.toBe(QueryKeys.userScoped()[0]);
    },
  );
});
