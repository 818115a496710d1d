import { textParts, type Highlighted } from '@/lib/finder';

/** Text with its matched parts in <mark>. React escapes the text, so typed markup stays text. */
export function MarkedText({ value }: { value: Highlighted }) {
  return (
    <>
      {textParts(value).map((part, index) =>
        part.marked ? (
          <mark
            key={index}
            className="rounded-sm bg-yellow-200 text-inherit dark:bg-yellow-300 dark:text-slate-950"
          >
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
