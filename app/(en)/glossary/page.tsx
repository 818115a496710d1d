import type { Metadata } from 'next';
import { GlossaryList } from '@/components/glossary/glossary-list';
import { PageIntro } from '@/components/layout/page-intro';
import { getGlossary } from '@/lib/glossary';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Glossary of medical coding and billing terms',
  description:
    'Plain-language definitions of ICD-10-CM, CPT, HCPCS, CMS-1500, UB-04, EOB, ERA, denials, prior authorization, DRG, HCC and other coding and billing terms.',
  path: routes.glossary(),
});

export default function GlossaryPage() {
  return (
    <>
      <PageIntro title="Glossary">
        <p>
          The words coders and billers use every day, in plain language. Links to this page from the
          rest of the site land on the term.
        </p>
      </PageIntro>
      <GlossaryList glossary={getGlossary()} />
    </>
  );
}
