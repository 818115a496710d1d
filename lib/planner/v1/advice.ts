// Version 1's advice around the steps: how the route deals with no experience (the CPC-A on the CPC
// road), when working from home becomes realistic, the first job titles, and three things to do now.
import { routes } from '../../routes';
import type { CredentialFacts, Plan, PlanContent, PlanLink } from '../types';
import type { PlanRoute, TrainingChoice } from './choices';
import { inState } from './steps';
import type { PlanAnswers } from './questions';

const TITLES_SHOWN = 4;
const BRIDGE_TITLES_SHOWN = 3;

export function experienceAdvice(
  answers: PlanAnswers,
  credential: CredentialFacts,
): { title: string; text: string[] } {
  if (credential.hasApprenticeStatus) {
    const already =
      answers.experience === 'coding'
        ? ['If you have coded for 2 years, send AAPC proof of it and you skip the "A".']
        : [];
    return {
      title: 'Remove the "A" from your CPC-A',
      text: [
        'If you pass the CPC without 2 years of coding work, you are a CPC-A, an apprentice.',
        'Many posts ask for experience. Apply anyway, and take a job near coding if you must.',
        'AAPC removes the "A" after 2 years of coding work. With an 80-hour course or Practicode, 1 year is enough.',
        ...already,
      ],
    };
  }
  if (credential.slug === 'cca') {
    return {
      title: 'Build your first year of experience',
      text: [
        'The CCA has no apprentice status, but most posts still ask for experience.',
        'A job near coding, such as medical records, counts for your next step.',
        'After a year or two of coding work, you can aim for the CCS.',
      ],
    };
  }
  return {
    title: 'Grow from your first job',
    text: [
      'Billing has no apprentice status. Your first job teaches you the payer rules.',
      'A front desk or payment posting job can lead to billing if no billing job hires you yet.',
    ],
  };
}

export function remoteAdvice(answers: PlanAnswers, content: PlanContent): Plan['remote'] {
  const soon =
    answers.remoteSoon === 'yes'
      ? [
          'You said you need to work from home soon. Plan on a first job on site, and look for hybrid work.',
        ]
      : [];
  return {
    text: [
      ...soon,
      'Many coders and billers work from home, but most of them have years of experience.',
      'We found no source that says how soon employers let a beginner work from home.',
    ],
    figure: content.remoteShare,
  };
}

export function titleLinks(
  route: PlanRoute,
  content: PlanContent,
): { titles: Plan['titles']; bridgeTitles: PlanLink[] } {
  const link = (title: { slug: string; title: string }) => ({
    href: routes.job(title.slug),
    label: title.title,
  });
  return {
    titles: content.entryTitles
      .filter((title) => title.path === route)
      .slice(0, TITLES_SHOWN)
      .map((title) => ({ ...link(title), searchHref: routes.jobSearch(title.title) })),
    bridgeTitles: content.entryTitles
      .filter((title) => title.path === 'bridge')
      .slice(0, BRIDGE_TITLES_SHOWN)
      .map(link),
  };
}

export function thisWeek(
  answers: PlanAnswers,
  training: TrainingChoice,
  credentialAcronym: string,
  firstTitle: string | undefined,
): string[] {
  const steps: string[] = [];
  if (answers.path === 'unsure') steps.push('Take the role-fit quiz. It takes a few minutes.');
  if (answers.budget === 'very-little' || answers.budget === 'exam') {
    steps.push(`Call an American Job Center${inState(answers)} and ask about WIOA.`);
  }
  if (training.id === 'college-certificate' || training.id === 'billing-certificate') {
    steps.push(
      'Look up the program at your nearest community college. Ask when the next class starts.',
    );
  }
  if (training.id === 'approved-course') {
    steps.push('Compare two coding courses. Check that each one is at least 80 hours long.');
  }
  steps.push(`Read the ${credentialAcronym} exam page, so you know what it asks.`);
  if (firstTitle !== undefined) {
    steps.push(`Search for "${firstTitle}" jobs near you and read what they ask for.`);
  }
  return steps.slice(0, 3);
}
