'use client';

import { Link } from '@/components/ui/link';
import { useLocationPath } from '@/components/ui/use-location';
// Not '@/lib/finder': the 404 page ships with every page, so it takes only the function it needs.
import { missingTitleWords } from '@/lib/finder/missing-title';
import { routes } from '@/lib/routes';

/**
 * On the 404 page of a missing /jobs/<slug>/ address: a search for the slug's words. The 404 page is
 * static and the same for every address, so this needs JavaScript; without it the page's usual
 * links remain.
 */
export function MissingTitleSearch() {
  const path = useLocationPath();
  const words = path === null ? undefined : missingTitleWords(path);
  if (words === undefined) return null;
  return (
    <p className="mt-4 text-lg">
      <Link href={routes.jobSearch(words)}>Search job titles for &ldquo;{words}&rdquo;</Link>
    </p>
  );
}
