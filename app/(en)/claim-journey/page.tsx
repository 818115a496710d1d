import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ClaimJourneyDiagram, OwnerLegend } from '@/components/claim-journey/claim-journey-diagram';
import { PageIntro } from '@/components/layout/page-intro';
import { getClaimJourney } from '@/lib/claim-journey';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'The life of a medical claim: who does what, coder or biller',
  description:
    'From registration to the patient statement: each step of a medical claim, who does it (front office, provider, coder, biller, payer), and how a denied claim loops back.',
  path: routes.claimJourney(),
});

export default function ClaimJourneyPage() {
  const journey = getClaimJourney();
  return (
    <>
      <PageIntro title="The life of a claim">
        <p>{journey.summary}</p>
      </PageIntro>

      <section aria-labelledby="legend-heading" className="max-w-3xl">
        <h2 id="legend-heading" className="text-2xl font-semibold">
          Who does what
        </h2>
        <p className="mt-2">
          Each step is marked with who does it. The coder&rsquo;s steps have a square and a thick
          border in teal, the biller&rsquo;s a circle and a thick border in violet.
        </p>
        <div className="mt-3">
          <OwnerLegend owners={journey.owners} />
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="mt-10">
        <h2 id="steps-heading" className="text-2xl font-semibold">
          Step by step
        </h2>
        <ClaimJourneyDiagram journey={journey} />
      </section>

      <section aria-labelledby="next-heading" className="mt-10 max-w-3xl">
        <h2 id="next-heading" className="text-2xl font-semibold">
          Which part suits you?
        </h2>
        <p className="mt-2">
          If the coding step appeals to you, read about the{' '}
          <Link href={routes.role('coder')}>medical coder</Link>; if the steps after it do, read
          about the <Link href={routes.role('biller')}>medical biller</Link>. Or see the two{' '}
          <Link href={routes.compare()}>side by side</Link>.
        </p>
      </section>
    </>
  );
}
