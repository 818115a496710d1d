// The claims checked on /answers/claims-we-checked/: each with its verdict in words and its evidence.
import { cite, type Citation } from '../citations';
import type { CheckedClaim } from '../content';
import type { ClaimVerdict } from '../content/vocabulary';
import type { Locale } from '../i18n';
import { getMessages } from '../i18n/messages';
import { viewEvidence, type EvidenceView } from './evidence';

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

/** A verdict in the locale's words: "Misleading", "Engañoso". */
export function verdictLabel(verdict: ClaimVerdict, locale: Locale): string {
  return getMessages(locale).answers.claims.verdicts[verdict];
}

export function viewClaim(claim: ClaimInput, locale: Locale): ClaimView {
  return {
    id: claim.id,
    claim: claim.claim,
    ...(claim.seenAt ? { seenAt: cite(claim.seenAt.source, claim.seenAt.asOf, locale) } : {}),
    verdict: claim.verdict,
    verdictLabel: verdictLabel(claim.verdict, locale),
    why: claim.why,
    evidence: claim.evidence.map((point) => viewEvidence(point, locale)),
  };
}
