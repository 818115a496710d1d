import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import type { OutcomeGuide } from '@/lib/counselors';
import { formatMessage } from '@/lib/i18n';

/**
 * The four quiz results, each with the page to read next. "meaning" adds what the result says (the
 * handout); "discussion" adds the prompts pairs talk through (the lesson plan). Each result's
 * heading sits one level below the section heading it is under.
 */
export function OutcomeGuides({
  guides,
  detail,
  headingLevel,
  readNext,
}: {
  guides: readonly OutcomeGuide[];
  detail: 'meaning' | 'discussion';
  headingLevel: 3 | 5;
  /** "Read next: <page>{label}</page>". */
  readNext: string;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h5';
  return (
    <ul className="mt-3 grid gap-4 sm:grid-cols-2 print:grid-cols-2 print:gap-3">
      {guides.map((guide) => (
        <li
          key={guide.id}
          aria-labelledby={`outcome-${guide.id}`}
          className="break-inside-avoid rounded-lg border border-slate-200 p-4 dark:border-slate-700 print:p-2"
        >
          <Heading id={`outcome-${guide.id}`} className="text-lg font-semibold print:text-base">
            {guide.name}
          </Heading>
          {detail === 'meaning' ? (
            <p className="mt-1">{guide.summary}</p>
          ) : (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {guide.prompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          )}
          <p className="mt-2">
            <RichText
              text={formatMessage(readNext, { label: guide.nextPage.label })}
              tags={{ page: (label) => <Link href={guide.nextPage.href}>{label}</Link> }}
            />
          </p>
        </li>
      ))}
    </ul>
  );
}
