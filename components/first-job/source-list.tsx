import { SourceCitation } from '@/components/ui/source-citation';
import type { Citation } from '@/lib/citations';

/** A fact's sources, one citation after another, as they follow its sentence. */
export function SourceList({ citations }: { citations: readonly Citation[] }) {
  return (
    <>
      {citations.map((citation) => (
        <span key={citation.href}>
          {' '}
          <SourceCitation citation={citation} />
        </span>
      ))}
    </>
  );
}
