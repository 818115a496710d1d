import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="prose dark:prose-invert">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link may have a typo.</p>
      <ul>
        <li>
          <Link href="/">Start at the home page</Link>
        </li>
        <li>
          <Link href="/compare/">Compare coding and billing</Link>
        </li>
        <li>
          <Link href="/jobs/">Search job titles</Link>
        </li>
      </ul>
    </div>
  );
}
