import Link from 'next/link';
import { getGlossaryMatcher } from '@/lib/content';
import { linkTerms } from '@/lib/glossary-links';

/** Text with its glossary terms linked to their definitions. */
export function GlossaryText({ text }: { text: string }) {
  return (
    <>
      {linkTerms(text, getGlossaryMatcher()).map((segment, index) =>
        segment.slug ? (
          <Link key={index} href={`/glossary/#${segment.slug}`} className="decoration-dotted">
            {segment.text}
          </Link>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
