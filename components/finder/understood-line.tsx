import { understoodText, type Understood } from '@/lib/finder';
import type { FinderLabels } from '@/lib/finder/labels';
import { formatMessage } from '@/lib/i18n/format-message';

/** What Enter understood: "CPC jobs in Ohio", and which typed words went into Where. */
export function UnderstoodLine({
  understood,
  labels,
}: {
  understood: Understood;
  labels: Pick<FinderLabels, 'understood' | 'places'>;
}) {
  return (
    <p className="mt-4" data-understood="">
      <strong className="text-lg">{understoodText(understood, labels)}</strong>
      {understood.placeText ? (
        <span className="block text-sm text-slate-600 dark:text-slate-400">
          {formatMessage(labels.understood.movedToWhere, { text: understood.placeText })}
        </span>
      ) : null}
    </p>
  );
}
