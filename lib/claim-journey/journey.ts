// The life of a claim: the content's steps numbered, with their glossary terms resolved and the
// denial loop's steps looked up. The diagram component only maps the result (owners are named by
// the claimJourney catalog).
import { CLAIM_STEP_OWNERS, type ClaimStepOwner } from '../content/vocabulary';

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
