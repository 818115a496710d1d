import { TRY_SETS, type TrySetId } from '../../content/vocabulary';
import type { Locale } from '../../i18n';
import { getMessages } from '../../i18n/messages';
import { routes } from '../../routes';

function isTrySet(value: string): value is TrySetId {
  return TRY_SETS.some((set) => set === value);
}

/** The set a route parameter names; generateStaticParams only makes these, so a miss is a bug. */
export function trySetOf(param: string): TrySetId {
  if (!isTrySet(param)) throw new Error(`No try-the-work set "${param}"`);
  return param;
}

/** A set page's title, description and English path, for pageMetadata in `locale`. */
export function trySetMetadata(set: TrySetId, locale: Locale) {
  const m = getMessages(locale).tryWork.sets[set];
  return { title: m.metaTitle, description: m.metaDescription, path: routes.trySet(set), locale };
}
