// schema.org JSON-LD for pages, built from content. Serialised with "<" escaped so the JSON can never
// close its <script> element.
import { rankOfSource } from '../citations';
import { getOccupation, getSiteInfo, type Occupation, type Role } from '../content';
import { periodText } from '../content/period';
import { chooseHeadline, measureLabel } from '../figures';
import { absoluteUrl } from '../site';
import { formatLocale, type Locale } from '../i18n';
import { routesFor } from '../routes';

export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

interface OccupationPage {
  name: string;
  description: string;
  path: string;
  occupation: Occupation;
  /** False where the occupation's pay would mislead for this title (the page shows none either). */
  payFits?: boolean;
  extra?: Record<string, string>;
  locale: Locale;
}

/** schema.org Occupation for a role or job-title page, with the occupation's headline median pay. */
function occupationJsonLd({
  name,
  description,
  path,
  occupation,
  payFits = true,
  extra = {},
  locale,
}: OccupationPage): string {
  const median = !payFits
    ? undefined
    : chooseHeadline(
        occupation.figures,
        { measure: 'median-pay', unit: 'usd-per-year' },
        rankOfSource,
      )?.headline;
  return serializeJsonLd({
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name,
    description,
    url: absoluteUrl(path),
    inLanguage: formatLocale(locale),
    occupationalCategory: occupation.code,
    occupationLocation: { '@type': 'Country', name: 'United States' },
    ...extra,
    ...(median
      ? {
          estimatedSalary: {
            '@type': 'MonetaryAmountDistribution',
            name: `${measureLabel(median, locale)}, ${occupation.title} (${periodText(median.asOf, locale)})`,
            currency: 'USD',
            duration: 'P1Y',
            median: median.value,
          },
        }
      : {}),
  });
}

/** A role page's Occupation, in the page's language (`role` is already in it). */
export function roleJsonLd(role: Role, locale: Locale = 'en'): string {
  return occupationJsonLd({
    name: role.name,
    description: role.summary,
    path: routesFor(locale).role(role.slug),
    occupation: getOccupation(role.occupation, locale),
    locale,
    extra: { educationRequirements: role.education, skills: role.skills.join(', ') },
  });
}

export function jobTitleJsonLd(
  title: {
    slug: string;
    name: string;
    summary: string;
    occupation: string;
    occupationMatch: { payFits?: boolean | undefined };
  },
  locale: Locale = 'en',
): string {
  return occupationJsonLd({
    name: title.name,
    description: title.summary,
    path: routesFor(locale).job(title.slug),
    occupation: getOccupation(title.occupation, locale),
    locale,
    payFits: title.occupationMatch.payFits !== false,
  });
}

export function websiteJsonLd(locale: Locale = 'en'): string {
  const site = getSiteInfo(locale);
  return serializeJsonLd({
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    description: site.description,
    inLanguage: formatLocale(locale),
    url: absoluteUrl(routesFor(locale).home()),
  });
}
