// /roles/ and /es/roles/: the two roles, each linked with its summary.
import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { RoleCards } from '@/components/roles/role-cards';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { getRoleCards } from '@/lib/roles';
import { routesFor } from '@/lib/routes';

export function rolesMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).roles;
  return pageMetadata({
    locale,
    title: m.indexTitle,
    description: m.indexDescription,
    path: routesFor(locale).roles(),
  });
}

export function RolesPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).roles;
  const r = routesFor(locale);
  return (
    <>
      <PageIntro title={m.indexTitle}>
        <p>{m.indexIntro}</p>
      </PageIntro>
      <RoleCards roles={getRoleCards(locale)} />
      <p className="mt-8">
        <RichText
          text={m.indexCompare}
          tags={{ compare: (words) => <Link href={r.compare()}>{words}</Link> }}
        />
      </p>
    </>
  );
}
