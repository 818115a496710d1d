import type { Metadata } from 'next';
import { RolePage, rolePageMetadata, roleStaticParams } from '@/app/_pages/role';

export const dynamicParams = false;
export const generateStaticParams = roleStaticParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return rolePageMetadata((await params).slug, 'es');
}

export default async function Page({ params }: Props) {
  return <RolePage slug={(await params).slug} locale="es" />;
}
