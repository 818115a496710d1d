// /sources/ in each language: every source the site cites, primary and secondary apart. Publishers
// and titles are citations, shown as published in both languages.
import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { SourceList } from '@/components/sources/source-list';
import { RichText } from '@/components/ui/rich-text';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { getSourcesPage } from '@/lib/sources';

export function sourcesMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).sources;
  return pageMetadata({
    title: m.metaTitle,
    description: m.metaDescription,
    path: routes.sources(),
    locale,
  });
}

export function SourcesPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).sources;
  const sources = getSourcesPage(locale);
  return (
    <>
      <PageIntro title={m.title}>
        <p>
          <RichText text={m.standing} tags={{ strong: (words) => <strong>{words}</strong> }} />
        </p>
        <p>{m.recordedNote}</p>
        <p>{m.languageNote}</p>
      </PageIntro>
      <SourceList
        id="primary-sources"
        title={m.primary}
        sources={sources.primary}
        locale={locale}
      />
      <SourceList
        id="secondary-sources"
        title={m.secondary}
        sources={sources.secondary}
        locale={locale}
      />
    </>
  );
}
