import { SourceCitation } from '@/components/ui/source-citation';
import type { Citation } from '@/lib/citations';

/** A red flag's name and why it matters, with its source when it states a fact. */
export function RedFlagText({
  flag,
}: {
  flag: { name: string; why: string; citation?: Citation };
}) {
  return (
    <>
      <strong>{flag.name}.</strong> {flag.why}
      {flag.citation ? (
        <>
          {' '}
          <SourceCitation citation={flag.citation} />
        </>
      ) : null}
    </>
  );
}
