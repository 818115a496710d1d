import { GlossaryText } from '@/components/glossary/glossary-text';
import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import { HeadlineFigure } from '@/components/ui/measured-figure';
import { SourceCitation } from '@/components/ui/source-citation';
import type { EvidenceView } from '@/lib/answers';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';

/** One piece of evidence: its sentence and source, then the figures and notes it shows. */
function Evidence({ point, locale }: { point: EvidenceView; locale: Locale }) {
  const messages = getMessages(locale).answers.evidence;
  const hasFigures =
    point.figures.length +
      point.headlines.length +
      point.notes.length +
      point.certificationFacts.length >
    0;
  const seeAnswer = point.seeAnswer ? (
    <p>
      {messages.moreEvidence} <Link href={point.seeAnswer.href}>{point.seeAnswer.title}</Link>
    </p>
  ) : null;
  return (
    <li>
      {point.text ? (
        <p>
          <GlossaryText text={point.text} />
          {point.citation ? (
            <>
              {' '}
              <span data-sourced="">
                <SourceCitation citation={point.citation} />
              </span>
            </>
          ) : null}
        </p>
      ) : null}
      {hasFigures ? (
        <ul className="mt-2 space-y-2 border-l-2 border-slate-300 pl-4 dark:border-slate-600">
          {point.headlines.map(({ occupation, view }) => (
            <li key={view.headline.id}>
              <span className="block font-semibold">{occupation}</span>
              <HeadlineFigure view={view} />
            </li>
          ))}
          {point.figures.map((figure) => (
            <li key={`${figure.label ?? ''}${figure.text}`}>
              <CitedFigure figure={figure} showLabel />
            </li>
          ))}
          {point.notes.map((note) => (
            <li key={note.text}>
              {note.label ? <strong className="font-semibold">{note.label}: </strong> : null}
              {note.text} <SourceCitation citation={note.citation} />
            </li>
          ))}
          {point.certificationFacts.map((fact) => (
            <li key={`${fact.acronym}${fact.text.text}`}>
              <Link href={fact.href}>{fact.acronym}</Link>: <GlossaryText text={fact.text} />{' '}
              <span className="text-sm text-slate-600 dark:text-slate-400">
                {formatMessage(messages.certificationSources, { acronym: fact.acronym })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {seeAnswer}
    </li>
  );
}

export function EvidenceList({ evidence, locale }: { evidence: EvidenceView[]; locale: Locale }) {
  return (
    <ul className="space-y-4">
      {evidence.map((point, index) => (
        <Evidence key={point.text?.text ?? index} point={point} locale={locale} />
      ))}
    </ul>
  );
}
