import type { ReactNode } from 'react';
import { Link } from '@/components/ui/link';
import { MeasuredFigure } from '@/components/ui/measured-figure';
import { Notice } from '@/components/ui/notice';
import type { CompareTitle, PayComparison } from '@/lib/job-compare';
import { routes } from '@/lib/routes';

/** One row of a title's column: a small heading and what the title's content says. */
function Row({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="border-t border-slate-200 py-3 dark:border-slate-800">
      <h3 className="font-semibold">{title}</h3>
      <div className="mt-1 space-y-2">{children}</div>
    </div>
  );
}

function Certifications({ title }: { title: CompareTitle }) {
  return (
    <>
      {title.certifications.length > 0 ? (
        <ul className="list-disc pl-5">
          {title.certifications.map((cert) => (
            <li key={cert.slug}>
              <Link href={routes.certification(cert.slug)}>{cert.acronym}</Link>: {cert.name}
            </li>
          ))}
        </ul>
      ) : (
        <p>No certification from the bodies this site profiles is typical for this title.</p>
      )}
      {title.otherCredentials.length > 0 ? (
        <p>Also seen: {title.otherCredentials.join('; ')}.</p>
      ) : null}
    </>
  );
}

function Pay({ title }: { title: CompareTitle }) {
  const { pay } = title;
  if (pay.kind === 'none') return <p data-no-pay="">{pay.why}</p>;
  return (
    <>
      <p>
        <MeasuredFigure figure={pay.median} headline />
      </p>
      <p className="text-sm">
        For the occupation {pay.occupation}, not the title alone. {pay.position} Earlier figures and
        the spread of pay are on the <Link href={routes.job(title.slug)}>title&apos;s page</Link>.
      </p>
    </>
  );
}

function Remote({ title }: { title: CompareTitle }) {
  if (title.remote.length === 0) {
    return <p>This site&apos;s description of the title does not say whether it can be remote.</p>;
  }
  return (
    <>
      <p className="text-sm">What this site&apos;s description says:</p>
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

function NextSteps({ title }: { title: CompareTitle }) {
  if (title.nextSteps.length === 0) return <p>None listed yet.</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {title.nextSteps.map((step) => (
        <li key={step.slug}>
          <Link href={routes.job(step.slug)}>{step.name}</Link>{' '}
          <span className="text-sm text-slate-600 dark:text-slate-400">{step.detail}</span>
        </li>
      ))}
    </ul>
  );
}

/** A title's column; on wide screens and paper its rows line up with the other's (subgrid). */
function TitleColumn({ title, side }: { title: CompareTitle; side: 'a' | 'b' }) {
  return (
    <section
      aria-labelledby={`compare-${side}-heading`}
      data-compare-title={title.slug}
      className="mt-8 md:row-span-6 md:mt-0 md:grid md:grid-rows-subgrid print:row-span-6 print:mt-0 print:grid print:grid-rows-subgrid"
    >
      <div className="pb-3">
        <h2 id={`compare-${side}-heading`} className="text-2xl font-semibold">
          <Link href={routes.job(title.slug)}>{title.name}</Link>
        </h2>
        <p className="mt-2">{title.summary}</p>
      </div>
      <Row title="Level and family">
        <p>
          {title.level}. {title.family}.
        </p>
      </Row>
      <Row title="Certifications">
        <Certifications title={title} />
      </Row>
      <Row title="Pay">
        <Pay title={title} />
      </Row>
      <Row title="Remote work">
        <Remote title={title} />
      </Row>
      <Row title="Next steps">
        <NextSteps title={title} />
      </Row>
    </section>
  );
}

/** Two titles side by side on wide screens and paper, one after the other on a phone. */
export function CompareColumns({
  a,
  b,
  pay,
}: {
  a: CompareTitle;
  b: CompareTitle;
  pay: PayComparison;
}) {
  return (
    <>
      <div className="md:grid md:grid-cols-2 md:gap-x-8 print:grid print:grid-cols-2 print:gap-x-6">
        <TitleColumn title={a} side="a" />
        <TitleColumn title={b} side="b" />
      </div>
      <div className="mt-6 max-w-3xl" data-pay-comparison={pay.likeWithLike ? 'like' : 'unlike'}>
        <Notice>
          <strong>About the pay:</strong> {pay.note}
        </Notice>
      </div>
    </>
  );
}
