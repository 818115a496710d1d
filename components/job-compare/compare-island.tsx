'use client';

import { useMemo, useState } from 'react';
import { useLocationSearch } from '@/components/ui/use-location';
import type { Locale } from '@/lib/i18n/locales';
import {
  compareScreen,
  pickerChoice,
  problemNotice,
  readComparePair,
  type CompareLabels,
  type CompareSide,
  type TitleOptionGroup,
} from '@/lib/job-compare';
import { routesFor } from '@/lib/routes';
import { CompareColumns } from './compare-columns';
import { CopyLink } from './copy-link';
import { PrintedSources } from './printed-sources';
import { TitlePickers } from './title-pickers';
import { useCompareTitles } from './use-compare-titles';

interface CompareIslandProps {
  options: readonly TitleOptionGroup[];
  labels: CompareLabels;
  locale: Locale;
}

/** The pickers and the two titles, read from and written to the address (?a=&b=). */
export function CompareIsland({ options, labels, locale }: CompareIslandProps) {
  const links = routesFor(locale);
  // Set once the reader picks a title. history.replaceState fires no event: the re-render this
  // causes is what reads the new address.
  const [picked, setPicked] = useState(false);
  const search = useLocationSearch();
  const pair = readComparePair(search ?? '');
  const known = useMemo(
    () => new Set(options.flatMap((group) => group.titles.map((title) => title.slug))),
    [options],
  );
  const choice = pickerChoice(pair, known);
  const loaded = useCompareTitles([choice.a, choice.b], locale);
  const screen = compareScreen(pair, known, loaded, labels.payNotes);
  const notice =
    screen.kind === 'choose' && screen.problem
      ? problemNotice(screen.problem, picked ? 'pickers' : 'link', labels.problems)
      : undefined;

  function pick(side: CompareSide, slug: string) {
    const next = { ...choice, [side]: slug };
    window.history.replaceState(window.history.state, '', links.jobCompare(next.a, next.b));
    setPicked(true);
  }

  return (
    <div className="space-y-6">
      {notice?.alert ? (
        <p
          role="alert"
          className="max-w-3xl rounded-lg border-l-4 border-red-700 bg-red-50 p-4 dark:border-red-400 dark:bg-red-950/40"
        >
          {notice.text}
        </p>
      ) : null}
      <TitlePickers options={options} choice={choice} onPick={pick} labels={labels} links={links} />
      {screen.kind === 'choose' && !notice?.alert ? (
        <p className="max-w-3xl">{notice?.text ?? labels.chooseTwo}</p>
      ) : null}
      {screen.kind === 'loading' ? <p role="status">{labels.loading}</p> : null}
      {screen.kind === 'failed' ? (
        <p role="alert" className="max-w-3xl">
          {labels.failed}
        </p>
      ) : null}
      {screen.kind === 'ready' ? (
        <>
          <CopyLink labels={labels} />
          <CompareColumns a={screen.a} b={screen.b} pay={screen.pay} m={labels} links={links} />
          <PrintedSources
            sources={screen.sources}
            link={{ label: labels.thisComparison, href: window.location.href }}
            labels={labels}
            links={links}
          />
        </>
      ) : null}
    </div>
  );
}
