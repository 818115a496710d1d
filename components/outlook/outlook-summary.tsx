import type { ReactNode } from 'react';
import { HeadlineFigure } from '@/components/ui/measured-figure';
import { SourceCitation } from '@/components/ui/source-citation';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import type { HighlightView, OutlookSummaryView, SourcedTextView } from '@/lib/outlook';

function Card({
  title,
  tone,
  children,
}: {
  title: string;
  tone?: 'coder' | 'biller';
  children: ReactNode;
}) {
  const border =
    tone === 'coder'
      ? 'border-l-coder'
      : tone === 'biller'
        ? 'border-l-biller'
        : 'border-l-slate-400';
  return (
    <li
      className={`break-inside-avoid rounded-lg border border-l-4 border-y-slate-200 border-r-slate-200 p-4 dark:border-y-slate-700 dark:border-r-slate-700 ${border}`}
    >
      <h3 className="text-lg font-semibold">{title}</h3>
      <div className="mt-2 space-y-2">{children}</div>
    </li>
  );
}

function Sourced({ text, citation }: SourcedTextView) {
  return (
    <>
      {text} <SourceCitation citation={citation} />
    </>
  );
}

/** The headline projection, with earlier ones and other sources behind it. */
function Growth({ highlight, missing }: { highlight: HighlightView; missing: string }) {
  if (highlight.growth === undefined) return <p>{missing}</p>;
  return <HeadlineFigure view={highlight.growth} />;
}

/**
 * The short version: a card each for coders and billers, one on openings and one on the steps up,
 * headed and summed up by the verdicts of content/outlook.yaml. Every number is a content figure
 * with its source.
 */
export function OutlookSummary({
  summary,
  locale,
}: {
  summary: OutlookSummaryView;
  locale: Locale;
}) {
  const m = getMessages(locale).outlook;
  const { highlights } = summary;
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {highlights.coder.map((highlight) => (
        <Card key={highlight.code} title={summary.coders.title} tone="coder">
          {summary.coders.occupationNote ? (
            <p>
              {formatMessage(m.occupationNote, {
                title: highlight.title,
                note: summary.coders.occupationNote,
              })}
            </p>
          ) : null}
          <Growth highlight={highlight} missing={m.noProjection} />
          {highlight.notes.map((note) => (
            <p key={note.text}>
              <Sourced {...note} />
            </p>
          ))}
          {summary.coders.verdict ? <p>{summary.coders.verdict}</p> : null}
        </Card>
      ))}
      {highlights.biller.map((highlight) => (
        <Card key={highlight.code} title={summary.billers.title} tone="biller">
          <p>{highlight.proxyNote ?? highlight.title}</p>
          <Growth highlight={highlight} missing={m.noProjection} />
          {summary.billers.verdict ? <p>{summary.billers.verdict}</p> : null}
        </Card>
      ))}
      <Card title={summary.openings.title}>
        {summary.openings.verdict ? <p>{summary.openings.verdict}</p> : null}
        {[...highlights.coder, ...highlights.biller].map((highlight) =>
          highlight.openings ? (
            <div key={highlight.code}>
              <p className="font-semibold">{highlight.title}</p>
              <HeadlineFigure view={highlight.openings} />
            </div>
          ) : null,
        )}
      </Card>
      <Card title={summary.stepUps.title}>
        {highlights['step-up'].map((highlight) => (
          <div key={highlight.code} className="space-y-1">
            <p className="font-semibold">{highlight.title}</p>
            <Growth highlight={highlight} missing={m.noProjection} />
            {highlight.typicalEducation ? (
              <p>
                {m.typicalEducation} <Sourced {...highlight.typicalEducation} />
              </p>
            ) : null}
          </div>
        ))}
      </Card>
    </ul>
  );
}
