import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import type { ClaimStepOwner } from '@/lib/content/vocabulary';
import type { ClaimJourneyPage as Journey, ClaimJourneyStep as Step } from '@/lib/claim-journey';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';
import { OwnerMarker } from './owner-marker';

type Words = Messages['claimJourney'];

/** Coder and biller steps stand out: a thick border and a tint in the track colour. */
const CARD_TONE: Readonly<Record<ClaimStepOwner, string>> = {
  'front-office': 'border-slate-300 dark:border-slate-600',
  provider: 'border-slate-300 dark:border-slate-600',
  coder: 'border-coder border-l-8 bg-coder-soft print:border-teal-700',
  biller: 'border-biller border-l-8 bg-biller-soft print:border-violet-700',
  payer: 'border-slate-300 dark:border-slate-600',
  patient: 'border-slate-300 dark:border-slate-600',
};

function OwnerLabel({ owner, m }: { owner: ClaimStepOwner; m: Words }) {
  return (
    <p className="flex items-center gap-2 text-sm font-semibold">
      <OwnerMarker owner={owner} />
      <span>
        <span className="font-normal">{m.doneBy} </span>
        {m.owners[owner]}
      </span>
    </p>
  );
}

function stepLink(step: Step, m: Words) {
  return (
    <a href={`#step-${step.id}`}>
      {formatMessage(m.stepLink, { number: step.number, name: step.name.toLowerCase() })}
    </a>
  );
}

function DenialLoopNote({ journey, m }: { journey: Journey; m: Words }) {
  const steps = journey.denialLoop.to.map((step, index) => (
    <span key={step.id}>
      {index > 0 ? m.stepsJoin : null}
      {stepLink(step, m)}
    </span>
  ));
  return (
    <div className="mt-3 flex gap-3 rounded-md border-2 border-dashed border-slate-500 p-3 text-sm dark:border-slate-400">
      <span aria-hidden="true" className="text-2xl leading-none font-bold">
        ↺
      </span>
      <p>
        <strong>{m.loopTitle}</strong>{' '}
        <RichText
          text={formatMessage(m.loopText, { resolution: journey.denialLoop.resolution })}
          tags={{ steps: () => steps }}
        />
      </p>
    </div>
  );
}

function StepItem({ step, journey, locale }: { step: Step; journey: Journey; locale: Locale }) {
  const m = getMessages(locale).claimJourney;
  const isLoopStart = step.id === journey.denialLoop.from.id;
  return (
    <li id={`step-${step.id}`} className="relative break-inside-avoid pl-14">
      <span
        aria-hidden="true"
        className="absolute top-3 left-0 flex size-10 items-center justify-center rounded-full border-2 border-slate-500 bg-white text-lg font-bold dark:border-slate-400 dark:bg-slate-950"
      >
        {step.number}
      </span>
      <div className={`rounded-lg border p-4 ${CARD_TONE[step.owner]}`}>
        <h3 className="text-lg font-semibold">{step.name}</h3>
        <OwnerLabel owner={step.owner} m={m} />
        <p className="mt-2">{step.description}</p>
        {step.terms.length > 0 ? (
          <div className="mt-2 flex flex-wrap items-baseline gap-x-2 text-sm">
            <span className="font-semibold">{m.terms}</span>
            <ul className="flex flex-wrap gap-x-3">
              {step.terms.map((term) => (
                <li key={term.slug}>
                  <Link href={routesFor(locale).glossaryTerm(term.slug)}>{term.term}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {step.denialReturnsHere ? (
          <p className="mt-2 text-sm">
            <span aria-hidden="true">↩ </span>
            <RichText
              text={m.returnsHere}
              tags={{ from: () => stepLink(journey.denialLoop.from, m) }}
            />
          </p>
        ) : null}
        {isLoopStart ? <DenialLoopNote journey={journey} m={m} /> : null}
      </div>
    </li>
  );
}

/** Who owns which steps: each owner's shape, name and who that is. */
export function OwnerLegend({ owners, locale }: { owners: ClaimStepOwner[]; locale: Locale }) {
  const m = getMessages(locale).claimJourney;
  return (
    <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
      {owners.map((owner) => (
        <li key={owner} className="flex items-center gap-2">
          <OwnerMarker owner={owner} />
          <span>
            <strong>{m.owners[owner]}</strong>: {m.ownerDescriptions[owner]}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The life of a claim as a numbered timeline. The steps are an ordered list, each with its owner
 * in text and shape; the coder's and biller's steps are also marked by colour.
 */
export function ClaimJourneyDiagram({ journey, locale }: { journey: Journey; locale: Locale }) {
  return (
    <ol className="relative mt-6 max-w-3xl space-y-4 before:absolute before:top-6 before:bottom-6 before:left-5 before:w-0.5 before:-translate-x-1/2 before:bg-slate-400 dark:before:bg-slate-500">
      {journey.steps.map((step) => (
        <StepItem key={step.id} step={step} journey={journey} locale={locale} />
      ))}
    </ol>
  );
}
