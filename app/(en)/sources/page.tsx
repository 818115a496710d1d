import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { SourceList } from '@/components/sources/source-list';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { getSourcesPage } from '@/lib/sources';

export const metadata: Metadata = pageMetadata({
  title: 'Sources',
  description:
    'Every source this site cites: publisher, title, address, edition and the date it was recorded, and whether it is the publisher itself or a site reporting it.',
  path: routes.sources(),
});

export default function SourcesPage() {
  const sources = getSourcesPage();
  return (
    <>
      <PageIntro title="Sources">
        <p>
          Every figure on this site links here. <strong>Primary</strong> sources are the
          publisher&apos;s own pages (BLS, O*NET, AAPC, AHIMA and others).{' '}
          <strong>Secondary</strong> sources are other sites reporting a publisher&apos;s figures;
          the site labels figures from them as reported, and shows the primary figure beside them
          where it has one.
        </p>
        <p>
          &ldquo;Recorded&rdquo; is the date the fact was recorded for this site. Some pages were
          older editions at the time; the edition says which.
        </p>
      </PageIntro>
      <SourceList title="Primary sources" sources={sources.primary} />
      <SourceList title="Secondary sources" sources={sources.secondary} />
    </>
  );
}
