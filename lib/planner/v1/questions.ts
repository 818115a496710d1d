// The plan form's questions as released in version 1. A plan link stores one option number per
// question in this order, so never change, reorder or remove an option here: add a v2 beside it.
// The words of each question are in the plan catalog (lib/i18n/messages/plan.ts), one per language.
import type { PlanMessages } from '../../i18n/messages/plan';
import { US_STATES, type UsStateCode } from '../../us-states';

/** The states of version 1, in the order their numbers were given (frozen, whatever US_STATES does). */
const V1_STATES: readonly UsStateCode[] = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'PR',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
];

export const V1_OPTIONS = {
  path: ['coding', 'billing', 'unsure'],
  education: ['no-diploma', 'high-school', 'some-college', 'associate', 'bachelor'],
  experience: ['none', 'front-desk', 'clinical', 'billing', 'coding', 'office'],
  hours: ['3-5', '5-10', '10-20', '20-40'],
  budget: ['very-little', 'exam', 'course', 'college'],
  remoteSoon: ['yes', 'no'],
  state: V1_STATES,
} as const;

type Options = typeof V1_OPTIONS;
export type PlanQuestionId = keyof Options;

/** One set of answers, by option id; only the state may be left out. */
export type PlanAnswers = { [Id in Exclude<PlanQuestionId, 'state'>]: Options[Id][number] } & {
  state: UsStateCode | null;
};

/** The weekly study hours each hours option means, low and high. */
export const V1_WEEKLY_HOURS: Readonly<Record<PlanAnswers['hours'], { min: number; max: number }>> =
  {
    '3-5': { min: 3, max: 5 },
    '5-10': { min: 5, max: 10 },
    '10-20': { min: 10, max: 20 },
    '20-40': { min: 20, max: 40 },
  };

export interface PlanOption {
  id: string;
  label: string;
}

export interface PlanQuestion {
  id: PlanQuestionId;
  prompt: string;
  help?: string;
  optional?: boolean;
  options: readonly PlanOption[];
}

/** Version 1's questions without their words: what a plan link's code is made of. */
export const V1_QUESTIONS: readonly { id: PlanQuestionId; options: readonly string[] }[] = [
  { id: 'path', options: V1_OPTIONS.path },
  { id: 'education', options: V1_OPTIONS.education },
  { id: 'experience', options: V1_OPTIONS.experience },
  { id: 'hours', options: V1_OPTIONS.hours },
  { id: 'budget', options: V1_OPTIONS.budget },
  { id: 'remoteSoon', options: V1_OPTIONS.remoteSoon },
  { id: 'state', options: V1_OPTIONS.state },
];

function options<Id extends PlanQuestionId>(
  id: Id,
  labels: Record<Options[Id][number], string>,
): readonly PlanOption[] {
  const ids: readonly Options[Id][number][] = V1_OPTIONS[id];
  return ids.map((option) => ({ id: option, label: labels[option] }));
}

/** Version 1's questions in one language, in V1_QUESTIONS' order. */
export function v1Questions(m: PlanMessages): readonly PlanQuestion[] {
  return [
    {
      id: 'path',
      prompt: m.questionPath,
      options: options('path', {
        coding: m.pathCoding,
        billing: m.pathBilling,
        unsure: m.pathUnsure,
      }),
    },
    {
      id: 'education',
      prompt: m.questionEducation,
      options: options('education', {
        'no-diploma': m.educationNoDiploma,
        'high-school': m.educationHighSchool,
        'some-college': m.educationSomeCollege,
        associate: m.educationAssociate,
        bachelor: m.educationBachelor,
      }),
    },
    {
      id: 'experience',
      prompt: m.questionExperience,
      options: options('experience', {
        none: m.experienceNone,
        'front-desk': m.experienceFrontDesk,
        clinical: m.experienceClinical,
        billing: m.experienceBilling,
        coding: m.experienceCoding,
        office: m.experienceOffice,
      }),
    },
    {
      id: 'hours',
      prompt: m.questionHours,
      options: options('hours', {
        '3-5': m.hours3To5,
        '5-10': m.hours5To10,
        '10-20': m.hours10To20,
        '20-40': m.hours20To40,
      }),
    },
    {
      id: 'budget',
      prompt: m.questionBudget,
      options: options('budget', {
        'very-little': m.budgetVeryLittle,
        exam: m.budgetExam,
        course: m.budgetCourse,
        college: m.budgetCollege,
      }),
    },
    {
      id: 'remoteSoon',
      prompt: m.questionRemoteSoon,
      options: options('remoteSoon', { yes: m.remoteSoonYes, no: m.remoteSoonNo }),
    },
    {
      id: 'state',
      prompt: m.questionState,
      help: m.stateHelp,
      optional: true,
      // State names are proper names, the same in both languages.
      options: V1_STATES.map((code) => ({ id: code, label: US_STATES[code] })),
    },
  ];
}
