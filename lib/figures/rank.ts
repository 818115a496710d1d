// Which of two sources of the same period is the better one to cite: the government agency that
// made the figure, then a professional body or a government tool quoting it, then anyone else.
import type { PublisherKind, SourceStanding } from '../content/vocabulary';

export interface RankableSource {
  /** A SourceStanding; typed as text because the generated content types enums as strings. */
  standing: string;
  /** A PublisherKind. */
  publisherKind: string;
}

const GOVERNMENT: PublisherKind = 'government';
const PROFESSIONAL_BODY: PublisherKind = 'professional-body';
const PRIMARY: SourceStanding = 'primary';

/** 0 is best: government read at the source; 1: a professional body or government tool; 2: other. */
export function sourceRank({ standing, publisherKind }: RankableSource): number {
  if (publisherKind === GOVERNMENT) return standing === PRIMARY ? 0 : 1;
  return publisherKind === PROFESSIONAL_BODY ? 1 : 2;
}
