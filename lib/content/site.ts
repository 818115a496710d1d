import { siteInfo, type SiteInfo } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize } from './localize';

export function getSiteInfo(locale: Locale = 'en'): SiteInfo {
  return localize(siteInfo, locale);
}
