import type { Metadata } from 'next';
import { MissingTitleSearch } from '@/components/finder/missing-title-search';
import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { STATIC_PAGES } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <PageIntro title="Page not found">
        <p>There is no page at this address. It may have moved, or the link may have a typo.</p>
      </PageIntro>
      <div data-js-only="">
        <MissingTitleSearch />
      </div>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        {STATIC_PAGES.map(
          (page) =>
            page.notFoundLabel && (
              <li key={page.path}>
                <Link href={page.path}>{page.notFoundLabel}</Link>
              </li>
            ),
        )}
      </ul>
    </>
  );
}
