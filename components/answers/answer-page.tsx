import { GlossaryText } from '@/components/glossary/glossary-text';
import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { DataTable } from '@/components/ui/data-table';
import { Link } from '@/components/ui/link';
import type { AnswerPageView } from '@/lib/answers';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { ClaimList } from './claim-list';
import { EvidenceList } from './evidence-list';
import { QuestionLinks } from './question-links';

/** One answer: the short answer first, then the evidence, then what to do about it. */
export function AnswerPage({ answer, locale }: { answer: AnswerPageView; locale: Locale }) {
  const messages = getMessages(locale).answers;
  const sourceColumns = [
    { label: messages.sources.publisher },
    { label: messages.sources.page },
    { label: messages.sources.edition },
  ];
  return (
    <article>
      <PageIntro title={answer.title}>
        <p>
          <strong>{messages.shortAnswer}</strong> {answer.shortAnswer}
        </p>
        <p className="text-base text-slate-600 dark:text-slate-400">
          {formatMessage(messages.checked, { date: answer.checked })}
        </p>
      </PageIntro>

      {answer.sections.map((section) => (
        <PageSection key={section.id} id={section.id} title={section.heading}>
          {section.intro ? (
            <p>
              <GlossaryText text={section.intro} />
            </p>
          ) : null}
          <EvidenceList evidence={section.evidence} locale={locale} />
        </PageSection>
      ))}

      {answer.claims ? (
        <PageSection id="claims" title={messages.claimsHeading}>
          <ClaimList claims={answer.claims} locale={locale} />
        </PageSection>
      ) : null}

      <PageSection id="what-to-do" title={messages.whatToDoHeading}>
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

      <PageSection id="related" title={messages.relatedHeading}>
        <QuestionLinks questions={answer.related} locale={locale} />
      </PageSection>

      <PageSection wide id="sources" title={messages.sources.heading}>
        <div className="overflow-x-auto">
          <DataTable
            caption={messages.sources.caption}
            columns={sourceColumns}
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
