import { Link } from '@/components/ui/link';
import type { CompareWith as CompareWithView } from '@/lib/job-compare/server';
import { routes } from '@/lib/routes';

/**
 * A job page's "Compare with...": direct links to the titles it names, and a link to the compare
 * page with this title first, where any other title can be chosen.
 */
export function CompareWith({ compare, name }: { compare: CompareWithView; name: string }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {compare.links.map((link) => (
        <li key={link.slug}>
          <Link href={routes.jobCompare(compare.slug, link.slug)}>
            {name} and {link.name}
          </Link>
        </li>
      ))}
      <li>
        <Link href={routes.jobCompare(compare.slug)}>{name} and a title you choose</Link>
      </li>
    </ul>
  );
}
