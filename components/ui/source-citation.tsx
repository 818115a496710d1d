import { Link } from '@/components/ui/link';
import type { Citation } from '@/lib/citations';

interface SourceCitationProps {
  citation: Citation;
  /** Words before the source inside the brackets, e.g. "average" -> "(average; BLS, May 2024)". */
  lead?: string;
  /** Name the publisher by its acronym, for table cells. */
  short?: boolean;
  className?: string;
}

/**
 * "(BLS, May 2024)", or for a secondary source "(BLS, May 2025, as reported by X)": what the figure
 * is first, then who passed it on.
 */
export function SourceCitation({
  citation,
  lead,
  short = false,
  className = 'text-sm text-slate-600 dark:text-slate-400',
}: SourceCitationProps) {
  const link = (
    <Link href={citation.href}>{short ? citation.shortPublisher : citation.publisher}</Link>
  );
  return (
    <span className={className}>
      ({lead ? `${lead}; ` : ''}
      {citation.secondary ? (
        <>
          {citation.citing ? `${citation.citing}, ` : ''}
          {citation.asOf}, as reported by {link}
        </>
      ) : (
        <>
          {link}, {citation.asOf}
        </>
      )}
      )
    </span>
  );
}
