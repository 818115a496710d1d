import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { STATIC_PAGES } from '@/lib/routes';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="prose dark:prose-invert">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may have a typo.</p>
      <ul>
        {STATIC_PAGES.map(
          (page) =>
            page.notFoundLabel && (
              <li key={page.path}>
                <Link href={page.path}>{page.notFoundLabel}</Link>
              </li>
            ),
        )}
      </ul>
    </div>
  );
}
