// Version 1's advice around the steps: how the route deals with no experience (the CPC-A on the CPC
// road), when working from home becomes realistic, the first job titles, and three things to do now.
import { formatMessage } from '../../i18n';
import type { PlanMessages } from '../../i18n/messages/plan';
import type { CredentialFacts, LinkedEntryTitle, Plan, PlanContent, PlanLink } from '../types';
import type { PlanRoute, TrainingChoice } from './choices';
import { withState } from './steps';
import type { PlanAnswers } from './questions';

const TITLES_SHOWN = 4;
const BRIDGE_TITLES_SHOWN = 3;

export function experienceAdvice(
  answers: PlanAnswers,
  credential: CredentialFacts,
  m: PlanMessages,
): { title: string; text: string[] } {
  if (credential.hasApprenticeStatus) {
    const already = answers.experience === 'coding' ? [m.removeASkip] : [];
    return {
      title: m.removeATitle,
      text: [m.removeAStatus, m.removeAApply, m.removeARule, ...already],
    };
  }
  if (credential.slug === 'cca') {
    return { title: m.ccaTitle, text: [m.ccaNoStatus, m.ccaNearCoding, m.ccaNext] };
  }
  return { title: m.billingTitle, text: [m.billingNoStatus, m.billingBridge] };
}

export function remoteAdvice(
  answers: PlanAnswers,
  content: PlanContent,
  m: PlanMessages,
): Plan['remote'] {
  const soon = answers.remoteSoon === 'yes' ? [m.remoteSoon] : [];
  return {
    text: [...soon, m.remoteMostHaveYears, m.remoteNoSource],
    figure: content.remoteShare,
  };
}

/** The first job titles of the plan's route, then the bridge jobs into it. */
export function entryTitlesOf(
  route: PlanRoute,
  content: PlanContent,
): { titles: LinkedEntryTitle[]; bridgeTitles: LinkedEntryTitle[] } {
  return {
    titles: content.entryTitles.filter((title) => title.path === route).slice(0, TITLES_SHOWN),
    bridgeTitles: content.entryTitles
      .filter((title) => title.path === 'bridge')
      .slice(0, BRIDGE_TITLES_SHOWN),
  };
}

export function titleLinks({ titles, bridgeTitles }: ReturnType<typeof entryTitlesOf>): {
  titles: Plan['titles'];
  bridgeTitles: PlanLink[];
} {
  const link = (title: LinkedEntryTitle): PlanLink => ({ href: title.href, label: title.title });
  return {
    titles: titles.map((title) => ({ ...link(title), searchHref: title.searchHref })),
    bridgeTitles: bridgeTitles.map(link),
  };
}

export function thisWeek(
  answers: PlanAnswers,
  training: TrainingChoice,
  credentialAcronym: string,
  firstTitle: LinkedEntryTitle | undefined,
  m: PlanMessages,
): string[] {
  const steps: string[] = [];
  if (answers.path === 'unsure') steps.push(m.weekQuiz);
  if (answers.budget === 'very-little' || answers.budget === 'exam') {
    steps.push(withState(answers, m.weekWioa, m.weekWioaIn));
  }
  if (training.id === 'college-certificate' || training.id === 'billing-certificate') {
    steps.push(m.weekCollege);
  }
  if (training.id === 'approved-course') steps.push(m.weekCourses);
  steps.push(formatMessage(m.weekExamPage, { acronym: credentialAcronym }));
  if (firstTitle !== undefined) {
    // Job boards list the English title, in either language.
    steps.push(formatMessage(m.weekSearch, { title: firstTitle.boardTitle }));
  }
  return steps.slice(0, 3);
}
