import type { Metadata } from 'next';
import { Handout } from '@/components/counselors/handout';
import { KitLinks } from '@/components/counselors/kit-links';
import { getHandoutPage } from '@/lib/counselors';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Handout: take the coding-or-billing quiz',
  description:
    'A one-page handout for a class: the quiz QR code and link, the one-minute comparison of coding and billing, and what each quiz result means.',
  path: routes.counselorsHandout(),
  card: 'quiz',
});

export default async function HandoutPage() {
  return (
    <>
      <KitLinks current={routes.counselorsHandout()} />
      <Handout handout={await getHandoutPage()} />
    </>
  );
}
