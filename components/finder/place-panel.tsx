import { SourceCitation } from '@/components/ui/source-citation';
import {
  jobBoardLinks,
  PAY_MEASURE_LABELS,
  placeLabel,
  placePay,
  type FinderEntry,
  type FinderOccupation,
  type FinderPayFigure,
  type Place,
} from '@/lib/finder';
import { JobBoardList } from './job-board-list';

/** "Ohio: $46,340 a year (average; reported by X, citing BLS, May 2021)". */
function PayLine({ figure, where }: { figure: FinderPayFigure; where: string }) {
  const { cited } = figure;
  return (
    <li data-sourced="">
      {where}: <strong>{cited.text}</strong>{' '}
      <SourceCitation
        citation={cited.citation}
        lead={PAY_MEASURE_LABELS[figure.measure]?.toLowerCase()}
      />
      {cited.note ? (
        <span className="block text-sm text-slate-600 dark:text-slate-400">{cited.note}</span>
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
