// /certifications/<slug>/ and /es/certifications/<slug>/: one credential's page.
import type { Metadata } from 'next';
import { CertificationProfile } from '@/components/certifications/certification-profile';
import { certificationMetadata, getCertificationProfile } from '@/lib/certifications';
import { getCertification, getCertifications } from '@/lib/content';
import type { Locale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';

export function certificationStaticParams() {
  return getCertifications('en').map((cert) => ({ slug: cert.slug }));
}

export function certificationPageMetadata(slug: string, locale: Locale): Metadata {
  return pageMetadata({
    locale,
    ...certificationMetadata(getCertification(slug, locale), locale),
  });
}

export function CertificationPage({ slug, locale }: { slug: string; locale: Locale }) {
  return <CertificationProfile profile={getCertificationProfile(slug, locale)} locale={locale} />;
}
