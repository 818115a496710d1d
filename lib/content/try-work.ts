import { allTrySets, tryCodeList, type TryCodeList, type TrySet } from 'contentlayer/generated';
import { requireOne } from './require-one';
import type { TrySetId } from './vocabulary';

/** One set of the try-the-work pages, by its file name (content/try/sets/<set>.yaml). */
export function getTrySet(set: TrySetId): TrySet {
  return requireOne(allTrySets, (doc) => doc.set === set, `try-the-work set "${set}"`);
}

/** The ICD-10-CM codes the cases may offer, with their official descriptions. */
export function getTryCodeList(): TryCodeList {
  return tryCodeList;
}
