// Pieces of a case that the no-JavaScript list and the island share, so both read the same.
import { GlossaryText } from '@/components/glossary/glossary-text';
import { SourceCitation } from '@/components/ui/source-citation';
import type { TryCaseView, TryCaseWords, TryOptionView } from '@/lib/try-work';

/** The visit note or the claim, as label and text pairs. */
export function CaseNote({ item }: { item: TryCaseView }) {
  return (
    <dl className="mt-3 space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-600 dark:bg-slate-900">
      {item.note.map((line) => (
        <div key={line.label}>
          <dt className="text-sm font-semibold text-slate-700 dark:text-slate-300">{line.label}</dt>
          <dd>{line.text}</dd>
        </div>
      ))}
    </dl>
  );
}

/** An option: a code with its official description, or the option's words. */
export function OptionText({ option }: { option: TryOptionView }) {
  if (option.code === undefined) return <span>{option.label}</span>;
  return (
    <span>
      <span className="font-mono font-semibold">{option.code}</span>{' '}
      {/* The official ICD-10-CM description, quoted word for word and in English on every page, as
          the code set publishes it: left out of the reading grade. */}
      <span data-prose="exempt" lang="en">
        {option.label}
      </span>
    </span>
  );
}

/**
 * Why the answer is right, why each other option is not (the reader's own pick marked, when there is
 * one), the rule behind it, and where the rule comes from.
 */
export function CaseReason({
  item,
  words,
  picked,
}: {
  item: TryCaseView;
  words: Pick<TryCaseWords, 'yourPick' | 'theRule'>;
  picked?: string;
}) {
  const others = item.options.filter((option) => option.id !== item.answer);
  return (
    <>
      <p className="mt-2">
        <GlossaryText text={item.explanation} />
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        {others.map((option) => (
          <li key={option.id}>
            {option.id === picked ? <strong>{words.yourPick} </strong> : null}
            <OptionText option={option} />
            <span className="block">{option.why}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2">
        <strong>{words.theRule}</strong> <GlossaryText text={item.rule} />{' '}
        {item.citations.map((citation) => (
          <SourceCitation key={citation.href} citation={citation} />
        ))}
      </p>
    </>
  );
}
