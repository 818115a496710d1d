import type { MetadataRoute } from 'next';
import { getSiteInfo } from '@/lib/content';
import { sitemapEntries } from '@/lib/metadata';

export const dynamic = 'force-static';

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getSiteInfo().contentReviewed.slice(0, 10));
}
