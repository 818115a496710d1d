import type { Metadata } from 'next';
import {
  CertificationPage,
  certificationPageMetadata,
  certificationStaticParams,
} from '@/app/_pages/certification';

export const dynamicParams = false;
export const generateStaticParams = certificationStaticParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return certificationPageMetadata((await params).slug, 'en');
}

export default async function Page({ params }: Props) {
  return <CertificationPage slug={(await params).slug} locale="en" />;
}
