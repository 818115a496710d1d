// Every catalog has the same keys in both languages, and each string keeps its placeholders and
// tags, so a translation can never drop a number or a link.
import { describe, expect, it } from 'vitest';
import { LOCALES, placeholdersOf, tagsOf } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';

type Leaves = Map<string, string>;

function leavesOf(tree: unknown, at = '', into: Leaves = new Map()): Leaves {
  if (typeof tree === 'string') return into.set(at, tree);
  if (typeof tree === 'object' && tree !== null) {
    for (const [key, value] of Object.entries(tree))
      leavesOf(value, at ? `${at}.${key}` : key, into);
  }
  return into;
}

const english = leavesOf(getMessages('en'));

describe.each(LOCALES.filter((locale) => locale !== 'en'))('the %s catalogs', (locale) => {
  const translated = leavesOf(getMessages(locale));

  it('have every English key and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keep each string’s placeholders and tags', () => {
    const differences = [...english].flatMap(([key, text]) => {
      const other = translated.get(key) ?? '';
      const same =
        placeholdersOf(other).sort().join() === placeholdersOf(text).sort().join() &&
        tagsOf(other).join() === tagsOf(text).join();
      return same ? [] : [`${key}: "${text}" / "${other}"`];
    });
    expect(differences).toEqual([]);
  });

  it('have no empty string', () => {
    expect([...translated].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual(
      [],
    );
  });
});

describe('the English catalogs', () => {
  it('have no empty string', () => {
    expect([...english].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });
});
