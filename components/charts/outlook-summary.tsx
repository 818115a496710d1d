import type { ReactNode } from 'react';
import { CitedFigure } from '@/components/cited-figure';
import { SourceNote } from '@/components/source-note';
import { getSource, type Occupation, type OccupationFigure } from '@/lib/content';
import type { OccupationRelation, OutlookHighlight } from '@/lib/charts';

type Highlight = OutlookHighlight<Occupation, OccupationFigure>;

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

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <p>
      <span>{label}: </span>
      {children}
    </p>
  );
}

function Notes({ occupation }: { occupation: Occupation }) {
  return occupation.notes?.map((note) => (
    <p key={note.text}>
      {note.text} <SourceNote source={getSource(note.source)} asOf={note.asOf} />
    </p>
  ));
}

/** Growth, and the primary-source projection beside it when the newest one is secondary. */
function Growth({ highlight }: { highlight: Highlight }) {
  if (highlight.growth === undefined) return <p>No projection is published here yet.</p>;
  return (
    <>
      <Labelled label="Projected change in jobs">
        <CitedFigure figure={highlight.growth} signed />
      </Labelled>
      {highlight.primaryGrowth ? (
        <Labelled label="An earlier projection, read at the government source">
          <CitedFigure figure={highlight.primaryGrowth} signed />
        </Labelled>
      ) : null}
    </>
  );
}

/**
 * The honest short version: coders grow moderately, billing clerks hold about flat, most openings
 * replace people who leave, and the step-up roles grow faster but ask for a degree. Every number is
 * a content figure with its source.
 */
export function OutlookSummary({
  highlights,
}: {
  highlights: Record<OccupationRelation, Highlight[]>;
}) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {highlights.coder.map((highlight) => (
        <Card key={highlight.occupation.code} title="Coders: moderate growth" tone="coder">
          <p>
            {highlight.occupation.title}, the government occupation that includes medical coders.
          </p>
          <Growth highlight={highlight} />
          <Notes occupation={highlight.occupation} />
          <p>Steady demand, but not the rapid growth some career guides claim.</p>
        </Card>
      ))}
      {highlights.biller.map((highlight) => (
        <Card
          key={highlight.occupation.code}
          title="Billers: flat to slightly declining"
          tone="biller"
        >
          <p>{highlight.occupation.proxyNote ?? highlight.occupation.title}</p>
          <Growth highlight={highlight} />
          <p>Billing jobs are not disappearing, but their number is not growing either.</p>
        </Card>
      ))}
      <Card title="Most openings replace people who leave">
        <p>
          Even where the number of jobs barely changes, people retire or move to other work, and
          employers hire to replace them.
        </p>
        {[...highlights.coder, ...highlights.biller].map((highlight) =>
          highlight.openings ? (
            <Labelled
              key={highlight.occupation.code}
              label={`${highlight.occupation.title}, openings`}
            >
              <CitedFigure figure={highlight.openings} />
            </Labelled>
          ) : null,
        )}
      </Card>
      <Card title="The next steps up grow faster, and ask for a degree">
        {highlights['step-up'].map((highlight) => (
          <div key={highlight.occupation.code} className="space-y-1">
            <p className="font-semibold">{highlight.occupation.title}</p>
            <Growth highlight={highlight} />
            {highlight.occupation.typicalEducation ? (
              <p>
                Typical education: {highlight.occupation.typicalEducation.text}{' '}
                <SourceNote
                  source={getSource(highlight.occupation.typicalEducation.source)}
                  asOf={highlight.occupation.typicalEducation.asOf}
                />
              </p>
            ) : null}
          </div>
        ))}
      </Card>
    </ul>
  );
}
