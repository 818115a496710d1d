// The life of a claim: the content's steps numbered, with their owners named, their glossary terms
// resolved and the denial loop's steps looked up. The diagram component only maps the result.
import { CLAIM_STEP_OWNERS, type ClaimStepOwner } from '../content/vocabulary';

export const OWNER_NAMES: Readonly<Record<ClaimStepOwner, string>> = {
  'front-office': 'Front office',
  provider: 'Provider',
  coder: 'Coder',
  biller: 'Biller',
  payer: 'Payer',
  patient: 'Patient',
};

/** Who each owner is, in a few words, for the legend. */
export const OWNER_DESCRIPTIONS: Readonly<Record<ClaimStepOwner, string>> = {
  'front-office': 'the staff who sign patients in and book visits',
  provider: 'the doctor, nurse or other person who gives the care',
  coder: 'the medical coder',
  biller: 'the medical biller',
  payer: 'the insurer, a company or a government plan such as Medicare',
  patient: 'the person who had the visit',
};

interface ClaimStepLike {
  id: string;
  name: string;
  description: string;
  owner: ClaimStepOwner;
  terms?: string[] | undefined;
}

/** Where a denied claim goes back to, by step id (content/claim-journey.yaml). */
interface DenialLoopLike {
  from: string;
  to: readonly string[];
  resolution: string;
}

interface GlossaryTermLike {
  slug: string;
  term: string;
}

export interface JourneyStep<T> {
  /** 1-based position in the journey. */
  number: number;
  id: string;
  name: string;
  description: string;
  owner: ClaimStepOwner;
  terms: T[];
  /** A denied claim can come back to this step. */
  denialReturnsHere: boolean;
}

export interface ClaimJourneyView<T> {
  summary: string;
  steps: JourneyStep<T>[];
  /** The owners that have steps, in the vocabulary's order, for the legend. */
  owners: ClaimStepOwner[];
  denialLoop: {
    from: JourneyStep<T>;
    to: JourneyStep<T>[];
    /** Who fixes what on the way back. */
    resolution: string;
  };
}

export function buildClaimJourney<T extends GlossaryTermLike>({
  journey,
  glossary,
}: {
  journey: { summary: string; denialLoop: DenialLoopLike; steps: readonly ClaimStepLike[] };
  glossary: readonly T[];
}): ClaimJourneyView<T> {
  const { denialLoop } = journey;
  const steps = journey.steps.map((step, index) => ({
    number: index + 1,
    id: step.id,
    name: step.name,
    description: step.description,
    owner: step.owner,
    terms: (step.terms ?? []).map((slug) => {
      const term = glossary.find((candidate) => candidate.slug === slug);
      if (term === undefined) throw new Error(`Claim journey: glossary term "${slug}" not found`);
      return term;
    }),
    denialReturnsHere: denialLoop.to.includes(step.id),
  }));
  const step = (id: string) => {
    const found = steps.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(`Claim journey: step "${id}" not found`);
    return found;
  };
  return {
    summary: journey.summary,
    steps,
    owners: CLAIM_STEP_OWNERS.filter((owner) => steps.some((s) => s.owner === owner)),
    denialLoop: {
      from: step(denialLoop.from),
      to: denialLoop.to.map(step),
      resolution: denialLoop.resolution,
    },
  };
}
