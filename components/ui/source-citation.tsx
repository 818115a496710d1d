import { Link } from '@/components/ui/link';
import type { Citation } from '@/lib/citations';
import { citationMessages } from '@/lib/i18n/messages/citations';

interface SourceCitationProps {
  citation: Citation;
  /** Words before the source inside the brackets, e.g. "average" -> "(average; BLS, May 2024)". */
  lead?: string;
  /** For table cells: the publisher by its acronym, small, on a line of its own. */
  compact?: boolean;
  className?: string;
}

/**
 * "(BLS, May 2024)", or for a secondary source "(BLS, May 2025, as reported by X)": what the figure
 * is first, then who passed it on.
 */
export function SourceCitation({
  citation,
  lead,
  compact = false,
  className = compact
    ? 'block text-xs text-slate-600 dark:text-slate-400'
    : 'text-sm text-slate-600 dark:text-slate-400',
}: SourceCitationProps) {
  const link = (
    <Link href={citation.href}>{compact ? citation.shortPublisher : citation.publisher}</Link>
  );
  return (
    // A publisher's name and an edition are quoted as published, so they are no prose to reword.
    <span data-prose="exempt" className={className}>
      ({lead ? `${lead}; ` : ''}
      {citation.secondary ? (
        <>
          {citation.citing ? `${citation.citing}, ` : ''}
          {citation.asOf}, {citationMessages[citation.locale].asReportedBy} {link}
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
