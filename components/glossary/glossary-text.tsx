import { Link } from '@/components/ui/link';
import { linkGlossaryTerms } from '@/lib/glossary';
import { routes } from '@/lib/routes';

/** Text with its glossary terms linked to their definitions. */
export function GlossaryText({ text }: { text: string }) {
  return (
    <>
      {linkGlossaryTerms(text).map((segment, index) =>
        segment.slug ? (
          <Link key={index} href={routes.glossaryTerm(segment.slug)} className="decoration-dotted">
            {segment.text}
          </Link>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
