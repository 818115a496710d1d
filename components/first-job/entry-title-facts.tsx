import type { EntryTitleView } from '@/lib/first-job';
import { SourceList } from './source-list';

/**
 * Whether a title hires beginners, the paths it starts and what to do first, with the sources of
 * the rating where there are some (the site's own rating otherwise, as /first-job/ explains).
 */
export function EntryTitleFacts({ entry }: { entry: EntryTitleView }) {
  return (
    <>
      <strong className="font-semibold">{entry.beginnersLabel}.</strong> {entry.pathsLabel}.{' '}
      {entry.firstStepLead} {entry.firstStep}
      <SourceList citations={entry.citations} />
    </>
  );
}
