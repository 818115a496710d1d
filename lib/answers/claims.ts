// The claims checked on /answers/claims-we-checked/: each with its verdict in words and its evidence.
import { cite, type Citation } from '../citations';
import type { CheckedClaim } from '../content';
import type { ClaimVerdict } from '../content/vocabulary';
import { viewEvidence, type EvidenceView } from './evidence';

export const VERDICT_LABELS: Readonly<Record<ClaimVerdict, string>> = {
  true: 'True',
  'partly-true': 'Partly true',
  misleading: 'Misleading',
  false: 'False',
  outdated: 'Out of date',
};

export interface ClaimView {
  id: string;
  claim: string;
  /** Where the claim was seen, when it quotes a number. */
  seenAt?: Citation;
  verdict: ClaimVerdict;
  verdictLabel: string;
  why: string;
  evidence: EvidenceView[];
}

type ClaimInput = Pick<CheckedClaim, 'id' | 'claim' | 'seenAt' | 'why' | 'evidence'> & {
  verdict: ClaimVerdict;
};

export function viewClaim(claim: ClaimInput): ClaimView {
  return {
    id: claim.id,
    claim: claim.claim,
    ...(claim.seenAt ? { seenAt: cite(claim.seenAt.source, claim.seenAt.asOf) } : {}),
    verdict: claim.verdict,
    verdictLabel: VERDICT_LABELS[claim.verdict],
    why: claim.why,
    evidence: claim.evidence.map(viewEvidence),
  };
}
