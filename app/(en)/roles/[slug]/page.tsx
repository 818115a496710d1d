import type { Metadata } from 'next';
import { JsonLd } from '@/components/layout/json-ld';
import { RoleProfile } from '@/components/roles/role-profile';
import { getRole, getRoles } from '@/lib/content';
import { pageMetadata, roleJsonLd } from '@/lib/metadata';
import { getRoleProfile, roleMetadata } from '@/lib/roles';

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoles().map((role) => ({ slug: role.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(roleMetadata((await params).slug));
}

export default async function RolePage({ params }: Props) {
  const { slug } = await params;
  return (
    <>
      <JsonLd json={roleJsonLd(getRole(slug))} />
      <RoleProfile profile={getRoleProfile(slug)} />
    </>
  );
}
