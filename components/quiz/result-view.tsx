import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { formatLocale, formatMessage, type Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import type { OutcomeDetails, OutcomeNames, ResultCertainty, ScoredResult } from '@/lib/quiz';
import { ResultChart } from './result-chart';
import { ResultHeadline } from './result-headline';
import { routesFor } from '@/lib/routes';

interface ResultViewProps {
  result: ScoredResult;
  certainty: ResultCertainty;
  /** Every outcome's details; the headline and next steps pick theirs by id. */
  outcomes: readonly OutcomeDetails[];
  names: OutcomeNames;
  editHref: string | undefined;
  locale: Locale;
  words: Messages['quiz']['result'];
}

/** The plan form's path for an outcome: the hybrid and nearby results let the reader choose. */
function planPathOf(outcome: string): 'coding' | 'billing' | undefined {
  return outcome === 'coding' || outcome === 'billing' ? outcome : undefined;
}

/**
 * A scored result: the best fit (or why there is no clear one), the split, each answer's push and
 * reason, and what to do next.
 */
export function ResultView({
  result,
  certainty,
  outcomes,
  names,
  editHref,
  locale,
  words,
}: ResultViewProps) {
  const contenders = certainty.contenders.flatMap(
    (id) => outcomes.find((details) => details.id === id) ?? [],
  );
  const [outcome] = contenders;
  if (outcome === undefined) return null;
  const { role } = outcome;
  const links = routesFor(locale);
  const list = new Intl.ListFormat(formatLocale(locale), { type: 'conjunction' });
  return (
    <>
      <ResultHeadline
        result={result}
        certainty={certainty}
        contenders={contenders}
        editHref={editHref}
        locale={locale}
        words={words}
      />

      <ResultChart percentages={result.percentages} names={names} caption={words.splitCaption} />

      <section aria-labelledby="result-why" className="mt-10 max-w-3xl print:mt-3">
        <h2 id="result-why" className="text-2xl font-semibold print:text-base">
          {words.whyHeading}
        </h2>
        {/* On paper each answer shrinks to where it pointed and why, so the page stays one sheet. */}
        <ol className="mt-4 space-y-4 print:mt-2 print:columns-2 print:gap-6 print:space-y-0 print:text-[11px] print:leading-snug">
          {result.pushes.map((push) => (
            <li
              key={push.questionIndex}
              className="break-inside-avoid border-l-4 border-slate-300 pl-3 dark:border-slate-600 print:mb-1"
            >
              <p className="text-sm text-slate-600 dark:text-slate-300 print:hidden">
                {formatMessage(words.pushQuestion, {
                  number: push.questionIndex + 1,
                  prompt: push.prompt,
                })}
              </p>
              <p className="font-medium print:hidden">
                {formatMessage(words.youChose, { label: push.optionLabel })}
              </p>
              <p>
                <span className="hidden print:inline">
                  {formatMessage(words.pushPrintNumber, { number: push.questionIndex + 1 })}{' '}
                </span>
                <span className="font-semibold">
                  {formatMessage(words.pointsTo, {
                    names: list.format(push.toward.map((id) => names[id])),
                  })}
                </span>{' '}
                {push.reason}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="result-next" className="mt-10 max-w-3xl print:mt-3 print:text-sm">
        <h2 id="result-next" className="text-2xl font-semibold print:text-base">
          {words.nextHeading}
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 print:mt-1 print:space-y-0">
          {role === undefined ? null : (
            <li>
              <RichText
                text={formatMessage(words.nextRole, { name: role.name })}
                tags={{ role: (text) => <Link href={links.role(role.slug)}>{text}</Link> }}
              />
            </li>
          )}
          <li>
            <RichText
              text={formatMessage(words.nextCertification, {
                name: outcome.firstCertification.name,
              })}
              tags={{
                certification: (text) => (
                  <Link href={links.certification(outcome.firstCertification.slug)}>{text}</Link>
                ),
              }}
            />
          </li>
          <li>
            <RichText
              text={words.nextPlan}
              tags={{
                plan: (text) => <Link href={links.plan(planPathOf(outcome.id))}>{text}</Link>,
              }}
            />
          </li>
          <li>
            <RichText
              text={words.nextCompare}
              tags={{ compare: (text) => <Link href={links.compare()}>{text}</Link> }}
            />
          </li>
        </ul>
        <h3 className="mt-6 font-semibold print:mt-1 print:inline">{words.jobTitlesHeading}</h3>
        <ul className="mt-2 flex flex-wrap gap-2 print:mt-0 print:ml-2 print:inline print:gap-0">
          {outcome.jobTitles.map((job) => (
            <li
              key={job.slug}
              className="print:inline print:after:content-[',_'] print:last:after:content-['.']"
            >
              <Link
                href={links.job(job.slug)}
                className="inline-block rounded-full border border-slate-300 px-3 py-1 dark:border-slate-600 print:border-0 print:px-0 print:py-0"
              >
                {job.name}
                {job.boardTitle === undefined ? null : (
                  <>
                    {' '}
                    (<span lang="en">{job.boardTitle}</span>)
                  </>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
