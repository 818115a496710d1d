import type { ReactNode } from 'react';
import { Link } from '@/components/ui/link';
import { MeasuredFigure } from '@/components/ui/measured-figure';
import { Notice } from '@/components/ui/notice';
import { RichText } from '@/components/ui/rich-text';
import { formatMessage } from '@/lib/i18n/format-message';
import type { CompareLabels, CompareTitle, PayComparison } from '@/lib/job-compare';
import type { Routes } from '@/lib/routes';

/** What every part of a column needs: the page's words and addresses. */
interface ColumnContext {
  m: CompareLabels;
  links: Routes;
}

/** One row of a title's column: a small heading and what the title's content says. */
function Row({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="border-t border-slate-200 py-3 dark:border-slate-800">
      <h3 className="font-semibold">{title}</h3>
      <div className="mt-1 space-y-2">{children}</div>
    </div>
  );
}

function Certifications({ title, m, links }: { title: CompareTitle } & ColumnContext) {
  return (
    <>
      {title.certifications.length > 0 ? (
        // Credentials by their official names, kept in English: names, not prose to read.
        <ul className="list-disc pl-5" data-prose="exempt">
          {title.certifications.map((cert) => (
            <li key={cert.slug}>
              <Link href={links.certification(cert.slug)}>{cert.acronym}</Link>: {cert.name}
            </li>
          ))}
        </ul>
      ) : (
        <p>{m.noCertification}</p>
      )}
      {title.otherCredentials.length > 0 ? (
        <p>{formatMessage(m.alsoSeen, { credentials: title.otherCredentials.join('; ') })}</p>
      ) : null}
    </>
  );
}

function Pay({ title, m, links }: { title: CompareTitle } & ColumnContext) {
  const { pay } = title;
  if (pay.kind === 'none') return <p data-no-pay="">{pay.why}</p>;
  return (
    <>
      <p>
        <MeasuredFigure figure={pay.median} headline />
      </p>
      <p className="text-sm">
        <RichText
          text={formatMessage(m.payFor, { occupation: pay.occupation, position: pay.position })}
          tags={{ link: (words) => <Link href={links.job(title.slug)}>{words}</Link> }}
        />
      </p>
    </>
  );
}

function Remote({ title, m }: { title: CompareTitle; m: CompareLabels }) {
  if (title.remote.length === 0) {
    return <p>{m.remoteUnknown}</p>;
  }
  return (
    <>
      <p className="text-sm">{m.remoteSays}</p>
      {title.remote.map((sentence) => (
        <blockquote
          key={sentence}
          className="border-l-4 border-slate-300 pl-3 dark:border-slate-600"
        >
          {sentence}
        </blockquote>
      ))}
    </>
  );
}

function NextSteps({ title, m, links }: { title: CompareTitle } & ColumnContext) {
  if (title.nextSteps.length === 0) return <p>{m.noneListed}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {title.nextSteps.map((step) => (
        <li key={step.slug}>
          <Link href={links.job(step.slug)}>{step.name}</Link>{' '}
          <span className="text-sm text-slate-600 dark:text-slate-400">{step.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** A title's column; on wide screens and paper its rows line up with the other's (subgrid). */
function TitleColumn({
  title,
  side,
  context,
}: {
  title: CompareTitle;
  side: 'a' | 'b';
  context: ColumnContext;
}) {
  const { m, links } = context;
  return (
    <section
      aria-labelledby={`compare-${side}-heading`}
      data-compare-title={title.slug}
      className="mt-8 md:row-span-6 md:mt-0 md:grid md:grid-rows-subgrid print:row-span-6 print:mt-0 print:grid print:grid-rows-subgrid"
    >
      <div className="pb-3">
        <h2 id={`compare-${side}-heading`} className="text-2xl font-semibold">
          <Link href={links.job(title.slug)}>{title.name}</Link>
        </h2>
        {title.englishName ? (
          <p className="mt-1 text-sm" data-english-title="">
            <RichText
              text={formatMessage(m.inEnglish, { title: title.englishName })}
              tags={{ en: (words) => <span lang="en">{words}</span> }}
            />
          </p>
        ) : null}
        <p className="mt-2">{title.summary}</p>
      </div>
      <Row title={m.rows.levelAndFamily}>
        <p>{formatMessage(m.levelAndFamily, { level: title.level, family: title.family })}</p>
      </Row>
      <Row title={m.rows.certifications}>
        <Certifications title={title} m={m} links={links} />
      </Row>
      <Row title={m.rows.pay}>
        <Pay title={title} m={m} links={links} />
      </Row>
      <Row title={m.rows.remote}>
        <Remote title={title} m={m} />
      </Row>
      <Row title={m.rows.nextSteps}>
        <NextSteps title={title} m={m} links={links} />
      </Row>
    </section>
  );
}

/** Two titles side by side on wide screens and paper, one after the other on a phone. */
export function CompareColumns({
  a,
  b,
  pay,
  m,
  links,
}: {
  a: CompareTitle;
  b: CompareTitle;
  pay: PayComparison;
} & ColumnContext) {
  const context = { m, links };
  return (
    <>
      <div className="md:grid md:grid-cols-2 md:gap-x-8 print:grid print:grid-cols-2 print:gap-x-6">
        <TitleColumn title={a} side="a" context={context} />
        <TitleColumn title={b} side="b" context={context} />
      </div>
      <div className="mt-6 max-w-3xl" data-pay-comparison={pay.likeWithLike ? 'like' : 'unlike'}>
        <Notice>
          <strong>{m.aboutPay}</strong> {pay.note}
        </Notice>
      </div>
    </>
  );
}
