import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { Link } from '@/components/ui/link';
import { SourceCitation } from '@/components/ui/source-citation';
import type { TrySetId } from '@/lib/content/vocabulary';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';
import type { TrySetView } from '@/lib/try-work';
import { CaseList } from './case-list';
import { TrySetIsland } from './try-set-island';

/** A set's page: the island (one case at a time) or, without JavaScript, every case with its answer. */
export function TrySetContent({
  view,
  other,
  locale,
}: {
  view: TrySetView;
  other: TrySetId;
  locale: Locale;
}) {
  const m = getMessages(locale).tryWork;
  const r = routesFor(locale);
  const words = { case: m.case, end: m.end };
  return (
    <>
      <PageIntro title={view.title}>
        <p>{view.intro}</p>
        <p>{m.set.nothingSaved}</p>
        {view.codeSource === undefined ? null : (
          <p className="text-base">
            {formatMessage(m.set.codeSource, { fiscalYear: view.codeSource.fiscalYear })}{' '}
            <SourceCitation citation={view.codeSource.citation} />
          </p>
        )}
      </PageIntro>
      <div data-js-only="" className="hidden in-[.js]:block">
        <TrySetIsland view={{ cases: view.cases, feelings: view.feelings }} words={words} />
      </div>
      <CaseList view={view} words={words} />
      <PageSection id="pace" title={m.set.paceTitle}>
        <p>
          {view.pace.text}{' '}
          {view.pace.citation === undefined ? null : (
            <SourceCitation citation={view.pace.citation} lead={m.set.paceLead} />
          )}
        </p>
      </PageSection>
      <PageSection id="next" title={m.set.nextTitle}>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href={r.trySet(other)}>{m.sets[other].tryIt}</Link>
          </li>
          <li>
            <Link href={r.quiz()}>{m.set.takeQuiz}</Link>
          </li>
          <li>
            <Link href={r.plan()}>{m.set.makePlan}</Link>
          </li>
        </ul>
      </PageSection>
    </>
  );
}
