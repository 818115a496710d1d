import { type FinderEntry, FAMILY_LABELS, LEVEL_LABELS, type FinderHit } from '@/lib/finder';
import { MarkedText } from './marked-text';

export function optionId(index: number): string {
  return `finder-option-${index}`;
}

interface ResultListProps {
  id: string;
  hits: readonly FinderHit[];
  activeIndex: number;
  hrefOf: (entry: FinderEntry) => string;
  occupationTitleOf: (code: string) => string | undefined;
}

const DETAIL_LINE = 'mt-0.5 block text-sm text-slate-600 dark:text-slate-400';

/**
 * What one result says besides its title: what the job is in one line (the content's summary), then
 * its level, family, "often remote", "hires beginners" and credentials (the ones searched for marked). A title only
 * O*NET lists has no summary here: it names its occupation and says where the link goes.
 */
function Details({
  hit,
  occupationTitle,
}: {
  hit: FinderHit;
  occupationTitle: string | undefined;
}) {
  const { entry } = hit;
  if (!entry.family || !entry.level) {
    return (
      <>
        {occupationTitle ? (
          <span className="mt-0.5 block">O*NET lists it under {occupationTitle}.</span>
        ) : null}
        <span className={DETAIL_LINE}>No page on this site: the link opens O*NET.</span>
      </>
    );
  }
  return (
    <>
      {entry.summary ? <span className="mt-0.5 block">{entry.summary}</span> : null}
      <span className={DETAIL_LINE}>
        <strong className="font-semibold text-slate-800 dark:text-slate-200">
          {LEVEL_LABELS[entry.level]}
        </strong>{' '}
        · {FAMILY_LABELS[entry.family]}
        {entry.oftenRemote ? ' · Often remote' : ''}
        {entry.hiresBeginners ? ' · Hires beginners' : ''}
        <Credentials hit={hit} />
      </span>
    </>
  );
}

function Credentials({ hit }: { hit: FinderHit }) {
  return (
    <>
      {hit.entry.certifications.map((acronym, index) => (
        <span key={acronym}>
          {index === 0 ? ' · ' : ', '}
          <MarkedText
            value={{
              text: acronym,
              ranges: hit.matchedCredentials.includes(acronym) ? [[0, acronym.length]] : [],
            }}
          />
        </span>
      ))}
    </>
  );
}

/**
 * The combobox's listbox: each option is a link to the title's page, so a click or Enter opens it.
 * Focus stays in the search box; aria-activedescendant points at the highlighted option.
 */
export function ResultList({ id, hits, activeIndex, hrefOf, occupationTitleOf }: ResultListProps) {
  return (
    <div
      id={id}
      role="listbox"
      aria-label="Matching job titles"
      hidden={hits.length === 0}
      className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700"
    >
      {hits.map((hit, index) => (
        <a
          key={hit.entry.id}
          id={optionId(index)}
          role="option"
          aria-selected={index === activeIndex}
          tabIndex={-1}
          href={hrefOf(hit.entry)}
          className="block px-4 py-3 text-slate-900 no-underline hover:bg-slate-50 aria-selected:bg-blue-50 aria-selected:outline-3 aria-selected:-outline-offset-3 aria-selected:outline-blue-600 dark:text-slate-100 dark:hover:bg-slate-900 dark:aria-selected:bg-slate-800 dark:aria-selected:outline-sky-300"
        >
          <span className="block font-semibold text-blue-700 underline dark:text-sky-300">
            <MarkedText value={hit.title} />
          </span>
          {hit.alsoCalled ? (
            <span className="block text-sm">
              Also called <MarkedText value={hit.alsoCalled} />
            </span>
          ) : null}
          <Details hit={hit} occupationTitle={occupationTitleOf(hit.entry.occupations[0] ?? '')} />
        </a>
      ))}
    </div>
  );
}
