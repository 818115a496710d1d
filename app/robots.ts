import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';
import { routes } from '@/lib/routes';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: routes.home() }],
    sitemap: absoluteUrl(routes.sitemap()),
  };
}
