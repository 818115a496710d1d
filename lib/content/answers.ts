import {
  allAnswers,
  allCheckedClaims,
  type Answer,
  type CheckedClaim,
} from 'contentlayer/generated';
import { requireOne } from './require-one';

/** The questions of /answers/, in the hub's order. */
export function getAnswers(): Answer[] {
  return [...allAnswers].sort((a, b) => a.order - b.order);
}

export function getAnswer(slug: string): Answer {
  return requireOne(allAnswers, (answer) => answer.slug === slug, `answer "${slug}"`);
}

/** The checked claims, in their order on /answers/claims-we-checked/. */
export function getCheckedClaims(): CheckedClaim[] {
  return [...allCheckedClaims].sort((a, b) => a.order - b.order);
}
