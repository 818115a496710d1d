// /glossary/ in each language: the terms by initial; in Spanish, each with its English name.
import type { Metadata } from 'next';
import { GlossaryList } from '@/components/glossary/glossary-list';
import { PageIntro } from '@/components/layout/page-intro';
import { getGlossary } from '@/lib/glossary';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export function glossaryMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).glossary;
  return pageMetadata({
    title: m.metaTitle,
    description: m.metaDescription,
    path: routes.glossary(),
    locale,
  });
}

export function GlossaryPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).glossary;
  return (
    <>
      <PageIntro title={m.title}>
        <p>{m.intro}</p>
      </PageIntro>
      <GlossaryList glossary={getGlossary(locale)} locale={locale} />
    </>
  );
}
