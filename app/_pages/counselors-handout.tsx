import type { Metadata } from 'next';
import { Handout } from '@/components/counselors/handout';
import { KitLinks } from '@/components/counselors/kit-links';
import { getHandoutPage } from '@/lib/counselors';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function counselorsHandoutMetadata(locale: Locale): Metadata {
  const words = getMessages(locale).counselors.handout;
  return pageMetadata({
    title: words.metaTitle,
    description: words.metaDescription,
    path: routes.counselorsHandout(),
    locale,
    card: 'quiz',
  });
}

/** The handout in `locale`; its QR code and link open the quiz in that language. */
export async function CounselorsHandoutPage({ locale }: { locale: Locale }) {
  return (
    <>
      <KitLinks current={routesFor(locale).counselorsHandout()} locale={locale} />
      <Handout handout={await getHandoutPage(locale)} locale={locale} />
    </>
  );
}
