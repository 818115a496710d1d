import { outlook, type Outlook } from 'contentlayer/generated';

/** Which occupations /outlook shows, in what order, and the verdicts on them. */
export function getOutlookContent(): Outlook {
  return outlook;
}
