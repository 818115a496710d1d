// /career-paths/ and /es/career-paths/: the coding and billing ladders and where they meet.
import type { Metadata } from 'next';
import { CareerLadders } from '@/components/career-paths/career-ladders';
import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { getCareerLadders, splitShared } from '@/lib/career-paths';
import { type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routesFor } from '@/lib/routes';

export function careerPathsMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).careerPaths;
  return pageMetadata({
    locale,
    title: m.metaTitle,
    description: m.metaDescription,
    path: routesFor(locale).careerPaths(),
  });
}

export function CareerPathsPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).careerPaths;
  const r = routesFor(locale);
  const { ladders, shared } = splitShared(getCareerLadders(locale));
  return (
    <>
      <PageIntro title={m.title}>
        <p>{m.intro}</p>
        <p>
          <span className="md:hidden">{m.readPhone}</span>
          <span className="hidden md:inline">{m.readWide}</span> {m.titlesVary}
        </p>
      </PageIntro>
      <CareerLadders ladders={ladders} shared={shared} locale={locale} />
      <p className="mt-10 max-w-3xl">
        <RichText
          text={m.more}
          tags={{
            outlook: (words) => <Link href={r.outlook()}>{words}</Link>,
            certifications: (words) => <Link href={r.certifications()}>{words}</Link>,
            jobs: (words) => <Link href={r.jobs()}>{words}</Link>,
          }}
        />
      </p>
    </>
  );
}
