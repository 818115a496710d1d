import type { FinderEntry, FinderHit, Highlighted } from '@/lib/finder';
import type { FinderLabels } from '@/lib/finder/labels';
import { formatMessage } from '@/lib/i18n/format-message';
import { RichText } from '@/components/ui/rich-text';
import { MarkedText } from './marked-text';

type ResultLabels = Pick<FinderLabels, 'results' | 'families' | 'levels'>;

export function optionId(index: number): string {
  return `finder-option-${index}`;
}

interface ResultListProps {
  id: string;
  hits: readonly FinderHit[];
  activeIndex: number;
  hrefOf: (entry: FinderEntry) => string;
  occupationTitleOf: (code: string) => string | undefined;
  labels: ResultLabels;
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
  labels,
}: {
  hit: FinderHit;
  occupationTitle: string | undefined;
  labels: ResultLabels;
}) {
  const { entry } = hit;
  const m = labels.results;
  if (!entry.family || !entry.level) {
    return (
      <>
        {occupationTitle ? (
          <span className="mt-0.5 block">
            {formatMessage(m.onetListed, { occupation: occupationTitle })}
          </span>
        ) : null}
        <span className={DETAIL_LINE}>{m.noPage}</span>
      </>
    );
  }
  return (
    <>
      {entry.summary ? <span className="mt-0.5 block">{entry.summary}</span> : null}
      <span className={DETAIL_LINE}>
        <strong className="font-semibold text-slate-800 dark:text-slate-200">
          {labels.levels[entry.level]}
        </strong>{' '}
        · {labels.families[entry.family]}
        {entry.oftenRemote ? ` · ${m.oftenRemote}` : ''}
        {entry.hiresBeginners ? ` · ${m.hiresBeginners}` : ''}
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

/** The other name that matched, marked: "Also called <name>". */
function AlsoCalled({ name, template }: { name: Highlighted; template: string }) {
  return (
    <span className="block text-sm">
      <RichText text={template} tags={{ name: () => <MarkedText value={name} /> }} />
    </span>
  );
}

/**
 * The combobox's listbox: each option is a link to the title's page, so a click or Enter opens it.
 * Focus stays in the search box; aria-activedescendant points at the highlighted option.
 */
export function ResultList({
  id,
  hits,
  activeIndex,
  hrefOf,
  occupationTitleOf,
  labels,
}: ResultListProps) {
  const m = labels.results;
  return (
    <div
      id={id}
      role="listbox"
      aria-label={m.listLabel}
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
          {hit.entry.englishTitle ? (
            // Job boards use the English title: it is shown with every result of another language.
            <span className="block text-sm" data-english-title="">
              <RichText
                text={formatMessage(m.inEnglish, { title: hit.entry.englishTitle })}
                tags={{ en: (words) => <span lang="en">{words}</span> }}
              />
            </span>
          ) : null}
          {hit.alsoCalled ? <AlsoCalled name={hit.alsoCalled} template={m.alsoCalled} /> : null}
          <Details
            hit={hit}
            occupationTitle={occupationTitleOf(hit.entry.occupations[0] ?? '')}
            labels={labels}
          />
        </a>
      ))}
    </div>
  );
}
