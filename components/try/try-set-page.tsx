import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { Link } from '@/components/ui/link';
import { SourceCitation } from '@/components/ui/source-citation';
import { routes } from '@/lib/routes';
import type { TrySetView } from '@/lib/try-work';
import type { TrySetId } from '@/lib/content/vocabulary';
import { CaseList } from './case-list';
import { TrySetIsland } from './try-set-island';

/** A set's page: the island (one case at a time) or, without JavaScript, every case with its answer. */
export function TrySetPage({ view, other }: { view: TrySetView; other: TrySetId }) {
  return (
    <>
      <PageIntro title={view.title}>
        <p>{view.intro}</p>
        <p>Nothing you pick here is sent or saved. It stays in this page.</p>
        {view.codeSource === undefined ? null : (
          <p className="text-base">
            The codes are real ICD-10-CM codes, valid in {view.codeSource.fiscalYear}, shown with
            their official descriptions. ICD-10-CM is free for anyone to use.{' '}
            <SourceCitation citation={view.codeSource.citation} />
          </p>
        )}
      </PageIntro>
      <div data-js-only="" className="hidden in-[.js]:block">
        <TrySetIsland view={{ cases: view.cases, feelings: view.feelings }} />
      </div>
      <CaseList view={view} />
      <PageSection id="pace" title="How much of this in a day?">
        <p>
          {view.pace.text}{' '}
          {view.pace.citation === undefined ? null : (
            <SourceCitation citation={view.pace.citation} lead="reported range" />
          )}
        </p>
      </PageSection>
      <PageSection id="next" title="What next">
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <Link href={routes.trySet(other)}>Try the {other} set</Link>
          </li>
          <li>
            <Link href={routes.quiz()}>Take the role-fit quiz</Link>
          </li>
          <li>
            <Link href={routes.plan()}>Make a plan for your next steps</Link>
          </li>
        </ul>
      </PageSection>
    </>
  );
}
