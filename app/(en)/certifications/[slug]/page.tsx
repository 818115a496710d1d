import type { Metadata } from 'next';
import { CertificationProfile } from '@/components/certifications/certification-profile';
import { certificationMetadata, getCertificationProfile } from '@/lib/certifications';
import { getCertification, getCertifications } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCertifications().map((cert) => ({ slug: cert.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(certificationMetadata(getCertification((await params).slug)));
}

export default async function CertificationPage({ params }: Props) {
  return <CertificationProfile profile={getCertificationProfile((await params).slug)} />;
}
