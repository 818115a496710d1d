import { allTrySets, tryCodeList, type TryCodeList, type TrySet } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize } from './localize';
import { requireOne } from './require-one';
import type { TrySetId } from './vocabulary';

/** One set of the try-the-work pages in a language, by its file name (content/try/sets/<set>.yaml). */
export function getTrySet(set: TrySetId, locale: Locale): TrySet {
  return localize(
    requireOne(allTrySets, (doc) => doc.set === set, `try-the-work set "${set}"`),
    locale,
  );
}

/**
 * The ICD-10-CM codes the cases may offer, with their official descriptions: in English in every
 * language, as the code set publishes them and as a coder meets them at work.
 */
export function getTryCodeList(): TryCodeList {
  return tryCodeList;
}
