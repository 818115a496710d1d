import type { Metadata } from 'next';
import { JsonLd } from '@/components/layout/json-ld';
import { RoleProfile } from '@/components/role-profile';
import { getRole, getRoles } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { roleJsonLd } from '@/lib/structured-data';
import { routes } from '@/lib/routes';

export const dynamicParams = false;

export function generateStaticParams() {
  return getRoles().map((role) => ({ slug: role.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = getRole((await params).slug);
  return pageMetadata({
    title: `${role.name}: the work, pay, outlook and how to start`,
    description: role.summary,
    path: routes.role(role.slug),
    card: role.slug,
  });
}

export default async function RolePage({ params }: Props) {
  const role = getRole((await params).slug);
  return (
    <>
      <JsonLd json={roleJsonLd(role)} />
      <RoleProfile role={role} />
    </>
  );
}
