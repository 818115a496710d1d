import { MeasuredFigure } from '@/components/ui/measured-figure';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import {
  jobBoardLinks,
  placeLabel,
  type FinderEntry,
  type FinderOccupation,
  type Place,
  type StatePayView,
} from '@/lib/finder';
import type { FinderLabels } from '@/lib/finder/labels';
import { formatMessage } from '@/lib/i18n/format-message';
import type { Locale } from '@/lib/i18n/locales';
import type { Routes } from '@/lib/routes';
import { periodName } from '@/lib/figures';
import { JobBoardList } from './job-board-list';
import { usePlacePay, type PlacePayLoad } from './use-place-pay';

type StatePlace = Extract<Place, { kind: 'state' }>;
type PanelWords = FinderLabels['panel'];

/** The national headline pay of the occupation, or a plain statement that there is none. */
function NationalPay({ occupation, m }: { occupation: FinderOccupation; m: PanelWords }) {
  return occupation.nationalPay ? (
    <p className="mt-2">
      {m.unitedStates} <MeasuredFigure figure={occupation.nationalPay} headline />
    </p>
  ) : (
    <p className="mt-2">{m.noNationalPay}</p>
  );
}

/** Each state figure beside the national figure of the same measure and period; a newer national figure apart. */
function StatePayLines({
  view,
  place,
  m,
}: {
  view: StatePayView;
  place: StatePlace;
  m: PanelWords;
}) {
  const period = view.pairs[0] ? periodName(view.pairs[0].state.citation.asOf) : '';
  return (
    <>
      <p className="mt-2">{formatMessage(m.stateAndUs, { state: place.name, period })}</p>
      <ul className="mt-1 list-disc space-y-1 pl-6" data-state-pay={place.code}>
        {view.pairs.map(({ state, national }) => (
          <li key={state.id}>
            {formatMessage(m.stateLine, { state: place.name })}{' '}
            <MeasuredFigure figure={state} headline />
            <br />
            {national ? (
              <>
                {m.unitedStates} <MeasuredFigure figure={national} headline={!view.newerNational} />
              </>
            ) : (
              <>{formatMessage(m.noNationalForPeriod, { period })}</>
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
            <strong>{m.newerNational}</strong>{' '}
            {formatMessage(m.newerNationalWhy, { state: place.name })}
          </p>
          <p className="mt-1">
            {m.unitedStatesNewest} <MeasuredFigure figure={view.newerNational} headline />
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
  m,
}: {
  load: PlacePayLoad;
  occupation: FinderOccupation;
  place: StatePlace;
  m: PanelWords;
}) {
  if (load.status === 'loading') {
    return <p className="mt-2">{formatMessage(m.loadingState, { state: place.name })}</p>;
  }
  const view =
    load.status === 'ready' ? load.data.occupations[occupation.code]?.[place.code] : undefined;
  if (view) return <StatePayLines view={view} place={place} m={m} />;
  const { oewsUrl } = occupation;
  return (
    <>
      <p className="mt-2">
        {load.status === 'failed'
          ? m.stateFailed
          : formatMessage(m.noStateFigure, { state: place.name })}
        {oewsUrl ? (
          <>
            {' '}
            <RichText
              text={formatMessage(m.blsStatePage, { occupation: occupation.title })}
              tags={{ bls: (words) => <a href={oewsUrl}>{words}</a> }}
            />
          </>
        ) : null}
      </p>
      <NationalPay occupation={occupation} m={m} />
    </>
  );
}

/** What is known for the chosen place about one title: pay of its occupation and job searches. */
export function PlacePanel({
  entry,
  occupation,
  place,
  labels,
  links,
  locale,
}: {
  entry: FinderEntry;
  occupation: FinderOccupation | undefined;
  place: Place;
  labels: Pick<FinderLabels, 'panel' | 'places' | 'boards'>;
  /** The page's language's addresses. */
  links: Routes;
  locale: Locale;
}) {
  const m = labels.panel;
  const load = usePlacePay(
    place.kind === 'state' && occupation !== undefined ? place.code : undefined,
    locale,
  );
  const { slug } = entry;
  return (
    <section
      aria-labelledby="finder-place-heading"
      className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-700"
    >
      <h2 id="finder-place-heading" className="text-xl font-semibold">
        {formatMessage(m.heading, { title: entry.title, place: placeLabel(place, labels.places) })}
      </h2>
      {place.kind === 'unknown' ? (
        <p className="mt-2">{formatMessage(m.unknownPlace, { input: place.input })}</p>
      ) : null}
      {occupation ? (
        <div className="mt-2">
          <p>
            <RichText
              text={formatMessage(m.occupation, { occupation: occupation.title })}
              tags={{ strong: (words) => <strong>{words}</strong> }}
            />
          </p>
          {entry.payMisleads ? (
            <p className="mt-2">
              {m.payMisleads}
              {slug ? (
                <>
                  {' '}
                  <Link href={links.job(slug)}>{formatMessage(m.why, { title: entry.title })}</Link>
                  .
                </>
              ) : null}
            </p>
          ) : place.kind === 'state' ? (
            <StatePay load={load} occupation={occupation} place={place} m={m} />
          ) : (
            <NationalPay occupation={occupation} m={m} />
          )}
        </div>
      ) : null}
      <h3 className="mt-4 font-semibold">{m.searchOpenings}</h3>
      {/* The boards list jobs by their English titles, whatever the page's language. */}
      <JobBoardList
        links={jobBoardLinks(entry.englishTitle ?? entry.title, place, labels.boards)}
        onBoard={labels.boards.on}
      />
    </section>
  );
}
