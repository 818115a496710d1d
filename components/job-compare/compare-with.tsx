import { Link } from '@/components/ui/link';
import { formatMessage } from '@/lib/i18n/format-message';
import type { CompareWith as CompareWithView } from '@/lib/job-compare/server';
import type { Routes } from '@/lib/routes';

/**
 * A job page's "Compare with...": direct links to the titles it names, and a link to the compare
 * page with this title first, where any other title can be chosen.
 */
export function CompareWith({
  compare,
  name,
  labels,
  links,
}: {
  compare: CompareWithView;
  name: string;
  labels: { compareWith: string; compareWithChosen: string };
  links: Routes;
}) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {compare.links.map((link) => (
        <li key={link.slug}>
          <Link href={links.jobCompare(compare.slug, link.slug)}>
            {formatMessage(labels.compareWith, { name, other: link.name })}
          </Link>
        </li>
      ))}
      <li>
        <Link href={links.jobCompare(compare.slug)}>
          {formatMessage(labels.compareWithChosen, { name })}
        </Link>
      </li>
    </ul>
  );
}
