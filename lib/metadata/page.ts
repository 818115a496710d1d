// Page metadata in one shape: title, description, canonical address, and Open Graph / Twitter cards.
// Next replaces (not merges) a parent's openGraph, so each page gets the whole object from here.
import type { Metadata } from 'next';
import { getSiteInfo } from '../content';
import { socialImages } from './social-cards';

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's path with its trailing slash, e.g. "/compare/". */
  path: string;
  /** Id of the page's social card (lib/social-cards.ts); the home card when absent. */
  card?: string;
}

export function pageMetadata({
  title,
  description,
  path,
  card = 'home',
}: PageMetadataInput): Metadata {
  const site = getSiteInfo();
  const images = socialImages(card);
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'website',
      siteName: site.name,
      locale: 'en_US',
      title,
      description,
      url: path,
      ...images.openGraph,
    },
    twitter: { ...images.twitter, title, description },
  };
}
