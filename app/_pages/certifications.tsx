// /certifications/ and /es/certifications/: every credential compared in one table.
import type { Metadata } from 'next';
import { CertificationComparison } from '@/components/certifications/certification-comparison';
import {
  NoBillingCredentialNotes,
  RoleRuleNotes,
} from '@/components/certifications/certification-notes';
import { FirstPicks } from '@/components/certifications/first-picks';
import { LevelLegend } from '@/components/certifications/level-legend';
import { PageIntro } from '@/components/layout/page-intro';
import { getCertificationsOverview } from '@/lib/certifications';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routesFor } from '@/lib/routes';

export function certificationsMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).certifications;
  return pageMetadata({
    locale,
    title: m.metaTitle,
    description: m.metaDescription,
    path: routesFor(locale).certifications(),
  });
}

export function CertificationsPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).certifications;
  const overview = getCertificationsOverview(locale);
  return (
    <>
      <PageIntro title={m.title}>
        <p>
          {formatMessage(m.intro, { count: overview.count, bodies: overview.bodies.join(', ') })}
        </p>
        <FirstPicks picks={overview.firstPicks} locale={locale} />
      </PageIntro>
      <div className="mb-8 max-w-3xl space-y-3">
        <RoleRuleNotes notes={overview.roleRules} />
        <NoBillingCredentialNotes notes={overview.noBillingNotes} locale={locale} />
      </div>
      <LevelLegend levels={overview.levels} />
      <CertificationComparison table={overview.table} caption={m.caption} locale={locale} />
    </>
  );
}
