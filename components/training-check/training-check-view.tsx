import { GlossaryText } from '@/components/glossary/glossary-text';
import { PageIntro } from '@/components/layout/page-intro';
import { PageSection } from '@/components/layout/page-section';
import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { SourceCitation } from '@/components/ui/source-citation';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import type { CitedText } from '@/lib/roles';
import type { TrainingCheckPage } from '@/lib/training-check/server';
import { ChecklistIsland } from './checklist-island';
import { ReadNext } from './read-next';
import { RedFlagText } from './red-flag-text';

/** A sourced sentence with its source beside it (a figure in it is then sourced too). */
function Fact({ fact }: { fact: CitedText }) {
  return (
    <span data-sourced="">
      {fact.text} <SourceCitation citation={fact.citation} />
    </span>
  );
}

/** "CPC exam:" or "The CPC's apprentice rule:", the acronym linked to the credential's page. */
function credential(template: string, exam: { acronym: string; href: string }) {
  return (
    <RichText
      text={formatMessage(template, { acronym: exam.acronym })}
      tags={{ exam: (acronym) => <Link href={exam.href}>{acronym}</Link> }}
    />
  );
}

/** "Read: How long it really takes.", the answer linked. */
function readMore(template: string, answer: { href: string; label: string }) {
  return (
    <RichText
      text={formatMessage(template, { title: answer.label })}
      tags={{ answer: (title) => <Link href={answer.href}>{title}</Link> }}
    />
  );
}

/**
 * The training check: the checklist (the page's one island), then the reading it rests on, which
 * needs no JavaScript. Printed with a summary on screen, only the summary and the title print.
 */
export function TrainingCheckView({ page, locale }: { page: TrainingCheckPage; locale: Locale }) {
  const hideWhenSummaryPrints = 'print:group-has-[[data-training-summary]]/check:hidden';
  const { trainingCheck: words } = getMessages(locale);
  const m = words.page;
  return (
    <div className="group/check">
      <PageIntro title={m.title}>
        {page.intro.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </PageIntro>

      <section aria-labelledby="checklist-heading">
        <h2 id="checklist-heading" className={`text-2xl font-semibold ${hideWhenSummaryPrints}`}>
          {m.checklistHeading}
        </h2>
        <noscript>
          <p className="mt-3 max-w-3xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            {m.noScript}
          </p>
        </noscript>
        <div data-js-only="" className="mt-4 in-[.js]:min-h-[40rem] print:min-h-0">
          <ChecklistIsland
            checklist={page.checklist}
            labels={words.checklist}
            readNext={words.readNext}
            locale={locale}
          />
        </div>
      </section>

      <div className={hideWhenSummaryPrints}>
        <PageSection id="approval" title={m.approvalHeading}>
          {page.approvals.map((approval) => (
            <div key={approval.id} className="mt-6 first:mt-0">
              <h3 className="text-xl font-semibold">{approval.name}</h3>
              <p className="mt-1 text-slate-700 dark:text-slate-300">{approval.covers}</p>
              <p className="mt-2">
                <GlossaryText text={approval.means} />
                {approval.meansCitation ? (
                  <>
                    {' '}
                    <SourceCitation citation={approval.meansCitation} />
                  </>
                ) : null}
              </p>
              <p className="mt-2">
                <strong>{m.doesNotPromise}</strong> {approval.doesNotPromise}
              </p>
              <p className="mt-2 font-medium">{m.examsAsk}</p>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {approval.exams.map((exam) => (
                  <li key={exam.slug}>
                    <Link href={exam.href}>{exam.acronym}</Link> ({exam.name}):{' '}
                    <GlossaryText text={exam.fact} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </PageSection>

        <PageSection id="cost" title={m.costHeading}>
          <p>{page.cost.intro}</p>
          <h3 className="text-xl font-semibold">{m.communityCollegeHeading}</h3>
          <ul className="list-disc space-y-2 pl-6">
            {page.cost.communityCollege.map((figure) => (
              <li key={figure.label}>
                <CitedFigure figure={figure} showLabel />
              </li>
            ))}
          </ul>
          <h3 className="text-xl font-semibold">{m.forProfitHeading}</h3>
          <ul className="list-disc space-y-2 pl-6">
            {page.cost.forProfit.map((figure) => (
              <li key={figure.label}>
                <CitedFigure figure={figure} showLabel />
              </li>
            ))}
          </ul>
          <h3 className="text-xl font-semibold">{m.examFeesHeading}</h3>
          <ul className="list-disc space-y-2 pl-6">
            {page.cost.examFees.map((exam) => (
              <li key={exam.slug}>
                {credential(m.examFee, exam)} <CitedFigure figure={exam.fact} />
              </li>
            ))}
          </ul>
        </PageSection>

        <PageSection id="length" title={m.lengthHeading}>
          <p>{page.length.intro}</p>
          <ul className="list-disc space-y-2 pl-6">
            {page.length.facts.map((fact) => (
              <li key={fact.text}>
                <Fact fact={fact} />
              </li>
            ))}
            {page.length.apprenticeRules.map((rule) => (
              <li key={rule.slug}>
                {credential(m.apprenticeRule, rule)} {rule.fact}
              </li>
            ))}
          </ul>
        </PageSection>

        <PageSection id="red-flags" title={m.redFlagsHeading}>
          <ul className="space-y-3">
            {page.redFlags.map((flag) => (
              <li key={flag.id} className="border-l-4 border-amber-600 pl-3 dark:border-amber-400">
                <RedFlagText flag={flag} />
                {flag.readMore ? <> {readMore(m.readMore, flag.readMore)}</> : null}
              </li>
            ))}
          </ul>
        </PageSection>

        <PageSection id="questions" title={m.questionsHeading}>
          <ol className="list-decimal space-y-1 pl-6">
            {page.questionsToAsk.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </PageSection>

        <PageSection id="where" title={m.whereHeading}>
          {page.whereToCheck.map((place) => (
            <div key={place.id} className="mt-5 first:mt-0">
              <h3 className="text-xl font-semibold">
                <a href={place.url}>{place.name}</a>
              </h3>
              <p className="mt-1">{place.what}</p>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {place.facts.map((fact) => (
                  <li key={fact.text}>
                    <Fact fact={fact} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </PageSection>

        <PageSection id="next" title={m.readNextHeading}>
          <ReadNext labels={words.readNext} locale={locale} />
        </PageSection>
      </div>
    </div>
  );
}
