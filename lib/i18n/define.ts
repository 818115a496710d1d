// The shape of a message catalog: a tree of strings. A translation must have exactly the keys of
// the English catalog; the type says so, and tests/unit/i18n/catalogs.test.ts also checks the
// placeholders and tags of each string.
import type { Locale } from './locales';

export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** The same keys as T, each a string (any words) or a subtree of the same shape. */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]>;
};

/** One namespace's strings in every language: English as written, the others with its keys. */
export type Catalog<T> = Readonly<{ en: T } & Record<Exclude<Locale, 'en'>, Translation<T>>>;

/** A namespace's catalog: English first, then each translation with exactly its keys. */
export function defineMessages<const T extends MessageTree>(catalog: {
  en: T;
  es: Translation<T>;
}): Catalog<T> {
  return catalog;
}
