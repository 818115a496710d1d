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

/** What one result says besides its title: family, level and credentials (the ones searched for
 * marked), or for an O*NET-only title its occupation. */
function Details({
  hit,
  occupationTitle,
}: {
  hit: FinderHit;
  occupationTitle: string | undefined;
}) {
  const { entry } = hit;
  if (!entry.family || !entry.level) {
    return <>O*NET title{occupationTitle ? ` in ${occupationTitle}` : ''}</>;
  }
  return (
    <>
      {FAMILY_LABELS[entry.family]} · {LEVEL_LABELS[entry.level]}
      {entry.certifications.map((acronym, index) => (
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
          <span className="block text-sm text-slate-600 dark:text-slate-400">
            <Details
              hit={hit}
              occupationTitle={occupationTitleOf(hit.entry.occupations[0] ?? '')}
            />
          </span>
        </a>
      ))}
    </div>
  );
}
