import { allCertifications, type Certification } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { compareNames } from '../text';
import { localize, localizeAll } from './localize';
import { requireOne } from './require-one';

export function getCertifications(locale: Locale = 'en'): Certification[] {
  return localizeAll(allCertifications, locale).sort((a, b) => compareNames(a.acronym, b.acronym));
}

export function getCertification(slug: string, locale: Locale = 'en'): Certification {
  return localize(
    requireOne(allCertifications, (cert) => cert.slug === slug, `certification "${slug}"`),
    locale,
  );
}
