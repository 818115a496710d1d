import type { FinderEntry, FinderOccupation, FinderPayFigure } from '@/lib/finder/catalog';
import { jobBoardLinks } from '@/lib/finder/job-boards';
import { PAY_MEASURE_LABELS } from '@/lib/finder/labels';
import { placeLabel, type Place } from '@/lib/finder/place';
import { placePay } from '@/lib/finder/place-pay';
import { formatFigure } from '@/lib/format';
import { JobBoardList } from './job-board-list';
import { routes } from '@/lib/routes';

/** "Ohio: $46,340 a year (average; reported by X, citing BLS, May 2021)", as SourceNote words it. */
function PayLine({ figure, where }: { figure: FinderPayFigure; where: string }) {
  const source = <a href={routes.source(figure.source)}>{figure.sourcePublisher}</a>;
  return (
    <li data-sourced="">
      {where}: <strong>{formatFigure(figure)}</strong>{' '}
      <span className="text-sm text-slate-600 dark:text-slate-400">
        ({PAY_MEASURE_LABELS[figure.measure]?.toLowerCase()};{' '}
        {figure.secondary ? (
          <>
            reported by {source}
            {figure.citing ? `, citing ${figure.citing}` : ''}
          </>
        ) : (
          source
        )}
        , {figure.asOf})
      </span>
      {figure.note ? (
        <span className="block text-sm text-slate-600 dark:text-slate-400">{figure.note}</span>
      ) : null}
    </li>
  );
}

/** What is known for the chosen place about one title: pay of its occupation and job searches. */
export function PlacePanel({
  entry,
  occupation,
  place,
}: {
  entry: FinderEntry;
  occupation: FinderOccupation | undefined;
  place: Place;
}) {
  const pay = occupation ? placePay(occupation.pay, place) : undefined;
  return (
    <section
      aria-labelledby="finder-place-heading"
      className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <h2 id="finder-place-heading" className="text-xl font-semibold">
        {entry.title}: {placeLabel(place)}
      </h2>
      {place.kind === 'unknown' ? (
        <p className="mt-2">
          &ldquo;{place.input}&rdquo; is not a US state this site knows. Try a state name, a
          two-letter code such as OH, or &ldquo;remote&rdquo;. Showing nationwide.
        </p>
      ) : null}
      {occupation && pay ? (
        <div className="mt-2">
          <p>
            Pay is published for occupations, not job titles. This title belongs to the occupation{' '}
            <strong>{occupation.title}</strong>.
          </p>
          {pay.kind === 'state' ? (
            <ul className="mt-2 list-disc pl-6">
              {pay.figures.map((figure, index) => (
                <PayLine key={index} figure={figure} where={pay.stateName} />
              ))}
              {pay.national.map((figure, index) => (
                <PayLine key={`us-${index}`} figure={figure} where="United States" />
              ))}
            </ul>
          ) : (
            <>
              {pay.missingStateName ? (
                <p className="mt-2">
                  State pay figures for {pay.missingStateName} are not included here yet.
                  {occupation.oewsUrl ? (
                    <>
                      {' '}
                      The BLS publishes them on its{' '}
                      <a href={occupation.oewsUrl}>pay page for {occupation.title}</a>.
                    </>
                  ) : null}
                </p>
              ) : null}
              {pay.figures.length > 0 ? (
                <ul className="mt-2 list-disc pl-6">
                  {pay.figures.map((figure, index) => (
                    <PayLine key={index} figure={figure} where="United States" />
                  ))}
                </ul>
              ) : (
                <p className="mt-2">Pay for this occupation is not published here yet.</p>
              )}
            </>
          )}
        </div>
      ) : null}
      <h3 className="mt-4 font-semibold">Search openings</h3>
      <JobBoardList links={jobBoardLinks(entry.title, place)} />
    </section>
  );
}
