// /claim-journey/ in each language: the life of a claim, step by step, and who does each step.
import type { Metadata } from 'next';
import { ClaimJourneyDiagram, OwnerLegend } from '@/components/claim-journey/claim-journey-diagram';
import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { getClaimJourney } from '@/lib/claim-journey';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function claimJourneyMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).claimJourney;
  return pageMetadata({
    title: m.metaTitle,
    description: m.metaDescription,
    path: routes.claimJourney(),
    locale,
  });
}

export function ClaimJourneyPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).claimJourney;
  const r = routesFor(locale);
  const journey = getClaimJourney(locale);
  return (
    <>
      <PageIntro title={m.title}>
        <p>{journey.summary}</p>
      </PageIntro>

      <section aria-labelledby="legend-heading" className="max-w-3xl">
        <h2 id="legend-heading" className="text-2xl font-semibold">
          {m.legendHeading}
        </h2>
        <p className="mt-2">{m.legendText}</p>
        <div className="mt-3">
          <OwnerLegend owners={journey.owners} locale={locale} />
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="mt-10">
        <h2 id="steps-heading" className="text-2xl font-semibold">
          {m.stepsHeading}
        </h2>
        <ClaimJourneyDiagram journey={journey} locale={locale} />
      </section>

      <section aria-labelledby="next-heading" className="mt-10 max-w-3xl">
        <h2 id="next-heading" className="text-2xl font-semibold">
          {m.nextHeading}
        </h2>
        <p className="mt-2">
          <RichText
            text={m.nextText}
            tags={{
              coder: (words) => <Link href={r.role('coder')}>{words}</Link>,
              biller: (words) => <Link href={r.role('biller')}>{words}</Link>,
              compare: (words) => <Link href={r.compare()}>{words}</Link>,
            }}
          />
        </p>
      </section>
    </>
  );
}
