import { z } from 'zod';
import { ERROR_CODES, REQUEST_ACTIONS, REQUEST_STATUSES } from '@bgb/contracts';
import da from './da.json';
import en from './en.json';
import { currentLocale, i18n } from './i18n';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function leaves(tree: Tree): [string, string][] {
  return leafKeys(tree).map((key) => [
    key,
    key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part]!, tree) as string,
  ]);
}

describe('the translations', () => {
  const daKeys = leafKeys(da as Tree);
  const enKeys = leafKeys(en as Tree);

  it('has every Danish key in English', () => {
    expect(daKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('has every English key in Danish', () => {
    expect(enKeys.filter((key) => !daKeys.includes(key))).toEqual([]);
  });

  it('has no empty texts', () => {
    const empty = [...leaves(da as Tree), ...leaves(en as Tree)].filter(
      ([, text]) => text.trim() === '',
    );
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) =>
      [...text.matchAll(/{{(\w+)}}/g)].map((match) => match[1]).sort();
    const enTexts = new Map(leaves(en as Tree));
    const mismatched = leaves(da as Tree).filter(
      ([key, text]) => placeholders(text).join() !== placeholders(enTexts.get(key) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
  });

  it.each(['da', 'en'] as const)('names every status, action and error code in %s', (locale) => {
    const keys = locale === 'da' ? daKeys : enKeys;
    const needed = [
      ...REQUEST_STATUSES.map((status) => `status.${status}`),
      ...REQUEST_ACTIONS.map((action) => `actions.${action}`),
      ...ERROR_CODES.map((code) => `errors.codes.${code}`),
    ];
    expect(needed.filter((key) => !keys.includes(key))).toEqual([]);
  });
});

describe('switching the language', () => {
  it('keeps the page language and zod messages in step', async () => {
    await i18n.changeLanguage('da');
    expect(document.documentElement.lang).toBe('da');
    expect(currentLocale()).toBe('da');
    expect(z.email().safeParse('nope').error?.issues[0]?.message).toBe('Ugyldig e-mailadresse');

    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(z.email().safeParse('nope').error?.issues[0]?.message).toBe('Invalid email address');
  });

  it('shows a regional browser language in the language it belongs to', async () => {
    await i18n.changeLanguage('en-GB');
    expect(currentLocale()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
