// Version 1's steps, each with its time and cost, in the words of the plan catalog it is given
// (grade 8 or below, as a unit test measures); every number comes from the content, with its source.
import type { CitedFigureView } from '../../citations';
import { formatMessage } from '../../i18n';
import type { PlanMessages } from '../../i18n/messages/plan';
import { US_STATES } from '../../us-states';
import { monthsOfStudy, toMonths } from '../ranges';
import type {
  CredentialFacts,
  PlanContent,
  PlanCost,
  PlanStep,
  PlanTime,
  TrainingFacts,
} from '../types';
import type { TrainingChoice } from './choices';
import { V1_WEEKLY_HOURS, type PlanAnswers } from './questions';

const NO_TIME: PlanTime = { kind: 'none' };
const NO_COST: PlanCost = { kind: 'none' };

/** A sentence that names the state when one was given ("… in Ohio."), or the one without it. */
export function withState(answers: PlanAnswers, withoutState: string, inState: string): string {
  return answers.state === null
    ? withoutState
    : formatMessage(inState, { state: US_STATES[answers.state] });
}

export function quizStep(m: PlanMessages): PlanStep {
  return {
    id: 'quiz',
    title: m.quizStepTitle,
    text: [m.quizStepShows, m.quizStepUntil],
    phase: 'before-job',
    time: NO_TIME,
    cost: NO_COST,
    figures: [],
  };
}

export function diplomaStep(m: PlanMessages): PlanStep {
  return {
    id: 'diploma',
    title: m.diplomaTitle,
    text: [m.diplomaAsked, m.diplomaUnknown],
    phase: 'before-job',
    time: { kind: 'unknown' },
    cost: { kind: 'unknown' },
    figures: [],
  };
}

export function freeTrainingStep(answers: PlanAnswers, m: PlanMessages): PlanStep {
  return {
    id: 'free-training',
    title: m.freeTrainingTitle,
    text: [withState(answers, m.freeTrainingCall, m.freeTrainingCallIn), m.freeTrainingAsk],
    phase: 'before-job',
    time: NO_TIME,
    cost: NO_COST,
    figures: [],
  };
}

function trainingTime(training: TrainingFacts, answers: PlanAnswers): PlanTime {
  switch (training.time.kind) {
    case 'months':
      return { kind: 'months', months: training.time.figure.range };
    case 'study-hours':
      return {
        kind: 'months',
        months: monthsOfStudy(training.time.figure.range.max, V1_WEEKLY_HOURS[answers.hours]),
      };
    case 'unknown':
      return { kind: 'unknown' };
  }
}

export function trainingStep(
  training: TrainingFacts,
  choice: TrainingChoice,
  answers: PlanAnswers,
  m: PlanMessages,
): PlanStep {
  const paced = training.time.kind === 'study-hours' ? [m.pacedTime] : [];
  return {
    id: 'training',
    title: training.name,
    text: [
      m[choice.why],
      training.where,
      ...paced,
      ...(training.unknown ? [training.unknown] : []),
    ],
    phase: 'before-job',
    time: trainingTime(training, answers),
    cost: training.cost ? { kind: 'usd', usd: training.cost.range } : { kind: 'unknown' },
    figures: [
      ...(training.time.kind === 'unknown' ? [] : [training.time.figure.view]),
      ...(training.cost ? [training.cost.view] : []),
    ],
  };
}

export function membershipStep(credential: CredentialFacts, m: PlanMessages): PlanStep | null {
  if (credential.membership === null) return null;
  const { issuer, acronym } = credential;
  return {
    id: 'membership',
    title: formatMessage(m.membershipTitle, { issuer }),
    text: [formatMessage(m.membershipNeeded, { issuer, acronym }), m.membershipDues],
    phase: 'before-job',
    time: NO_TIME,
    cost: { kind: 'usd', usd: credential.membership.range },
    figures: [credential.membership.view],
  };
}

export function booksStep(credential: CredentialFacts, m: PlanMessages): PlanStep | null {
  if (!credential.openBook) return null;
  return {
    id: 'books',
    title: m.booksTitle,
    text: [formatMessage(m.booksUse, { acronym: credential.acronym }), m.booksPrice],
    phase: 'before-job',
    time: NO_TIME,
    cost: { kind: 'unknown' },
    figures: [],
  };
}

export function examStep(credential: CredentialFacts, why: string, m: PlanMessages): PlanStep {
  return {
    id: 'exam',
    title: formatMessage(m.examTitle, { acronym: credential.acronym }),
    text: [why, m.examWhen],
    phase: 'before-job',
    time: NO_TIME,
    cost: credential.fee ? { kind: 'usd', usd: credential.fee.range } : { kind: 'unknown' },
    figures: credential.fee ? [credential.fee.view] : [],
  };
}

export function firstJobStep(m: PlanMessages): PlanStep {
  return {
    id: 'first-job',
    title: m.firstJobTitle,
    text: [m.firstJobStart, m.firstJobUnknown],
    phase: 'before-job',
    time: { kind: 'unknown' },
    cost: NO_COST,
    figures: [],
  };
}

export function remoteStep(m: PlanMessages): PlanStep {
  return {
    id: 'remote',
    title: m.remoteStepTitle,
    text: [m.remoteStepUnknown, m.remoteStepOnSite],
    phase: 'after-job',
    time: { kind: 'unknown' },
    cost: NO_COST,
    figures: [],
  };
}

export function experienceStep(
  experience: { title: string; text: readonly string[]; figures: readonly CitedFigureView[] },
  time: PlanTime,
): PlanStep {
  return { id: 'experience', phase: 'after-job', time, cost: NO_COST, ...experience };
}

/** The months from the first job to the full CPC: with a course, or with work alone. */
export function apprenticeMonths(content: PlanContent): PlanTime {
  const { yearsOfWork, yearsWithCourse } = content.apprentice;
  return {
    kind: 'months',
    months: toMonths({ min: yearsWithCourse.range.min, max: yearsOfWork.range.max }, 'years'),
  };
}
