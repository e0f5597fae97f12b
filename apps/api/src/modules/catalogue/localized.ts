import type { LocalizedText } from '@bgb/contracts';

/** An entity that stores a text in both languages as `<key>Da` and `<key>En` columns. */
type Bilingual<K extends string> = Record<`${K}Da` | `${K}En`, string>;

export function localized<K extends string>(row: Bilingual<K>, key: K): LocalizedText {
  return { da: row[`${key}Da`], en: row[`${key}En`] };
}
