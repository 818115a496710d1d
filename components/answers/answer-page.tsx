import { GlossaryText } from '@/components/glossary/glossary-text';
import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/components/ui/link';
import { QuestionLinks } from './question-links';
import type { AnswerPageView } from '@/lib/answers';
import { ClaimList } from './claim-list';
import { EvidenceList } from './evidence-list';

const SOURCE_COLUMNS = [{ label: 'Publisher' }, { label: 'Page' }, { label: 'Edition' }];

/** One answer: the short answer first, then the evidence, then what to do about it. */
export function AnswerPage({ answer }: { answer: AnswerPageView }) {
  return (
    <article>
      <PageIntro title={answer.title}>
        <p>
          <strong>Short answer:</strong> {answer.shortAnswer}
        </p>
        <p className="text-base text-slate-600 dark:text-slate-400">
          Checked against its sources on {answer.checked}.
        </p>
      </PageIntro>

      {answer.sections.map((section) => (
        <PageSection key={section.id} id={section.id} title={section.heading}>
          {section.intro ? (
            <p>
              <GlossaryText text={section.intro} />
            </p>
          ) : null}
          <EvidenceList evidence={section.evidence} />
        </PageSection>
      ))}

      {answer.claims ? (
        <PageSection id="claims" title="The claims and what we found">
          <ClaimList claims={answer.claims} />
        </PageSection>
      ) : null}

      <PageSection id="what-to-do" title="What to do about it">
        <ul className="list-disc space-y-2 pl-5">
          {answer.whatToDo.map((step) => (
            <li key={step.text.text}>
              <GlossaryText text={step.text} />
              {step.link ? (
                <>
                  {' '}
                  <Link href={step.link.href}>{step.link.text}</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="related" title="Related questions">
        <QuestionLinks questions={answer.related} />
      </PageSection>

      <PageSection wide id="sources" title="Sources for this answer">
        <div className="overflow-x-auto">
          <DataTable
            caption="Every source this answer cites, with the edition read. Each links to its entry on the sources page, which gives its address and the date it was read."
            columns={SOURCE_COLUMNS}
            className="min-w-[36rem] text-sm"
          >
            {answer.sources.map((source) => (
              // An edition can name a figure ("inferred from the $47,180 median"): the row links its source.
              <tr
                data-sourced=""
                key={source.id}
                className="border-b border-slate-200 align-top dark:border-slate-700"
              >
                <th scope="row" className="p-2 font-normal">
                  <Link href={source.href}>{source.publisher}</Link>
                </th>
                <td className="p-2">{source.title}</td>
                <td className="p-2">{source.edition}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </PageSection>
    </article>
  );
}
