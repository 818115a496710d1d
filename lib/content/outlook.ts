import { outlook, type Outlook } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize } from './localize';

/** Which occupations /outlook shows, in what order, and the verdicts on them. */
export function getOutlookContent(locale: Locale): Outlook {
  return localize(outlook, locale);
}
