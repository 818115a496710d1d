// /roles/<slug>/ and /es/roles/<slug>/: one role in depth.
import type { Metadata } from 'next';
import { JsonLd } from '@/components/layout/json-ld';
import { RoleProfile } from '@/components/roles/role-profile';
import { getRole, getRoles } from '@/lib/content';
import type { Locale } from '@/lib/i18n';
import { pageMetadata, roleJsonLd } from '@/lib/metadata';
import { getRoleProfile, roleMetadata } from '@/lib/roles';

export function roleStaticParams() {
  return getRoles('en').map((role) => ({ slug: role.slug }));
}

export function rolePageMetadata(slug: string, locale: Locale): Metadata {
  return pageMetadata({ locale, ...roleMetadata(slug, locale) });
}

export function RolePage({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <>
      <JsonLd json={roleJsonLd(getRole(slug, locale), locale)} />
      <RoleProfile profile={getRoleProfile(slug, locale)} locale={locale} />
    </>
  );
}
