import { MeasuredFigure } from '@/components/ui/measured-figure';
import { Link } from '@/components/ui/link';
import {
  jobBoardLinks,
  placeLabel,
  type FinderEntry,
  type FinderOccupation,
  type Place,
  type StatePayView,
} from '@/lib/finder';
import { routes } from '@/lib/routes';
import { periodName } from '@/lib/figures';
import { JobBoardList } from './job-board-list';
import { usePlacePay, type PlacePayLoad } from './use-place-pay';

type StatePlace = Extract<Place, { kind: 'state' }>;

/** The national headline pay of the occupation, or a plain statement that there is none. */
function NationalPay({ occupation }: { occupation: FinderOccupation }) {
  return occupation.nationalPay ? (
    <p className="mt-2">
      United States: <MeasuredFigure figure={occupation.nationalPay} headline />
    </p>
  ) : (
    <p className="mt-2">Pay for this occupation is not published here yet.</p>
  );
}

/** Each state figure beside the national figure of the same measure and period; a newer national figure apart. */
function StatePayLines({ view, place }: { view: StatePayView; place: StatePlace }) {
  const period = view.pairs[0] ? periodName(view.pairs[0].state.citation.asOf) : '';
  return (
    <>
      <p className="mt-2">
        {place.name} and the United States, {period}:
      </p>
      <ul className="mt-1 list-disc space-y-1 pl-6" data-state-pay={place.code}>
        {view.pairs.map(({ state, national }) => (
          <li key={state.id}>
            {place.name}: <MeasuredFigure figure={state} headline />
            <br />
            {national ? (
              <>
                United States: <MeasuredFigure figure={national} headline={!view.newerNational} />
              </>
            ) : (
              <>The site holds no national figure of this measure for {period}.</>
            )}
          </li>
        ))}
      </ul>
      {view.newerNational ? (
        <div
          className="mt-3 border-l-4 border-slate-300 pl-3 dark:border-slate-600"
          data-newer-national=""
        >
          <p>
            <strong>Newer national figure, not comparable with the state figure above.</strong> The
            state figure above is the newest one the site holds for {place.name}.
          </p>
          <p className="mt-1">
            United States, newest: <MeasuredFigure figure={view.newerNational} headline />
          </p>
        </div>
      ) : null}
    </>
  );
}

/** Pay for a state: its own figures where the content has them, else the national figure and why. */
function StatePay({
  load,
  occupation,
  place,
}: {
  load: PlacePayLoad;
  occupation: FinderOccupation;
  place: StatePlace;
}) {
  if (load.status === 'loading') {
    return <p className="mt-2">Loading pay for {place.name}…</p>;
  }
  const view =
    load.status === 'ready' ? load.data.occupations[occupation.code]?.[place.code] : undefined;
  if (view) return <StatePayLines view={view} place={place} />;
  return (
    <>
      <p className="mt-2">
        {load.status === 'failed'
          ? `The state pay figures could not load, so here is the national figure.`
          : `There is no state pay figure for ${place.name} on this site yet.`}
        {occupation.oewsUrl ? (
          <>
            {' '}
            The BLS publishes state figures on its{' '}
            <a href={occupation.oewsUrl}>pay page for {occupation.title}</a>.
          </>
        ) : null}
      </p>
      <NationalPay occupation={occupation} />
    </>
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
  const load = usePlacePay(
    place.kind === 'state' && occupation !== undefined ? place.code : undefined,
  );
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
      {occupation ? (
        <div className="mt-2">
          <p>
            Pay is published for occupations, not job titles. This title belongs to the occupation{' '}
            <strong>{occupation.title}</strong>.
          </p>
          {entry.payMisleads ? (
            <p className="mt-2">
              No pay figure fits this title. The pay of its nearest job group would mislead you.
              {entry.slug ? (
                <>
                  {' '}
                  <Link href={routes.job(entry.slug)}>Why, on the {entry.title} page</Link>.
                </>
              ) : null}
            </p>
          ) : place.kind === 'state' ? (
            <StatePay load={load} occupation={occupation} place={place} />
          ) : (
            <NationalPay occupation={occupation} />
          )}
        </div>
      ) : null}
      <h3 className="mt-4 font-semibold">Search openings</h3>
      <JobBoardList links={jobBoardLinks(entry.title, place)} />
    </section>
  );
}
