// Page metadata in one shape: title, description, canonical address, and Open Graph / Twitter cards.
// Next replaces (not merges) a parent's openGraph, so each page gets the whole object from here.
import type { Metadata } from 'next';
import { getSiteInfo } from '../content';
import { LOCALES, localizePath, openGraphLocale, unlocalizedPath, type Locale } from '../i18n';
import { socialImages } from './social-cards';

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's path with its trailing slash, e.g. "/compare/" (in either language). */
  path: string;
  /** The page's language: its address is `path` in that language, with the other as alternate. */
  locale?: Locale;
  /** Id of the page's social card (lib/social-cards.ts); the home card when absent. */
  card?: string;
}

export function pageMetadata({
  title,
  description,
  path,
  locale = 'en',
  card = 'home',
}: PageMetadataInput): Metadata {
  const site = getSiteInfo(locale);
  const images = socialImages(card);
  const englishPath = unlocalizedPath(path);
  const url = localizePath(locale, englishPath);
  return {
    title,
    description,
    alternates: { canonical: url, languages: languageAlternates(englishPath) },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: openGraphLocale(locale),
      title,
      description,
      url,
      ...images.openGraph,
    },
    twitter: { ...images.twitter, title, description },
  };
}

/**
 * The page in every language, for `<link rel="alternate" hreflang>` (and the sitemap): English is
 * also the `x-default`, the page for a reader whose language the site does not have.
 */
export function languageAlternates(path: string): Record<string, string> {
  const alternates: Record<string, string> = Object.fromEntries(
    LOCALES.map((locale) => [locale, localizePath(locale, path)]),
  );
  return { ...alternates, 'x-default': localizePath('en', path) };
}
