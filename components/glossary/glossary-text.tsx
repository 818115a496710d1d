import { Link } from '@/components/ui/link';
import type { LinkedText } from '@/lib/glossary';
import { routesFor } from '@/lib/routes';

/** Text with its glossary terms linked to their definitions. */
export function GlossaryText({ text }: { text: LinkedText }) {
  return (
    <>
      {text.segments.map((segment, index) =>
        segment.slug ? (
          <Link
            key={index}
            href={routesFor(text.locale).glossaryTerm(segment.slug)}
            className="decoration-dotted"
          >
            {segment.text}
          </Link>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
