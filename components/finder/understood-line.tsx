import { understoodText, type Understood } from '@/lib/finder';

/** What Enter understood: "CPC jobs in Ohio", and which typed words went into Where. */
export function UnderstoodLine({ understood }: { understood: Understood }) {
  return (
    <p className="mt-4" data-understood="">
      <strong className="text-lg">{understoodText(understood)}</strong>
      {understood.placeText ? (
        <span className="block text-sm text-slate-600 dark:text-slate-400">
          &ldquo;{understood.placeText}&rdquo; moved to Where.
        </span>
      ) : null}
    </p>
  );
}
