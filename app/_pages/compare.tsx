import type { Metadata } from 'next';
import { ComparisonTable } from '@/components/compare/comparison-table';
import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { getComparisonView } from '@/lib/compare';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function compareMetadata(locale: Locale): Metadata {
  const messages = getMessages(locale).compare;
  return pageMetadata({
    title: messages.metaTitle,
    description: messages.metaDescription,
    path: routes.compare(),
    locale,
    card: 'compare',
  });
}

export function ComparePage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale).compare;
  const links = routesFor(locale);
  const comparison = getComparisonView(locale);
  return (
    <>
      <PageIntro title={messages.title}>
        <p>{messages.intro}</p>
        <p>
          <RichText
            text={messages.ownPages}
            tags={{
              coder: (words) => <Link href={links.role('coder')}>{words}</Link>,
              biller: (words) => <Link href={links.role('biller')}>{words}</Link>,
            }}
          />
        </p>
      </PageIntro>
      <ComparisonTable
        comparison={comparison}
        caption={formatMessage(messages.caption, { count: comparison.rows.length })}
      />
      <p className="mt-6">
        <RichText
          text={messages.notSure}
          tags={{ quiz: (words) => <Link href={links.quiz()}>{words}</Link> }}
        />
      </p>
    </>
  );
}
