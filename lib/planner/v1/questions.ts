// The plan form's questions as released in version 1. A plan link stores one option number per
// question in this order, so never change, reorder or remove an option here: add a v2 beside it.
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

function options<Id extends PlanQuestionId>(
  id: Id,
  labels: Record<Options[Id][number], string>,
): readonly PlanOption[] {
  const ids: readonly Options[Id][number][] = V1_OPTIONS[id];
  return ids.map((option) => ({ id: option, label: labels[option] }));
}

export const V1_QUESTIONS: readonly PlanQuestion[] = [
  {
    id: 'path',
    prompt: 'Which work do you want to do?',
    options: options('path', {
      coding: 'Medical coding',
      billing: 'Medical billing',
      unsure: 'Not sure yet',
    }),
  },
  {
    id: 'education',
    prompt: 'What school have you finished?',
    options: options('education', {
      'no-diploma': 'Not high school yet',
      'high-school': 'High school or a GED',
      'some-college': 'Some college',
      associate: 'A two-year degree',
      bachelor: 'A four-year degree or more',
    }),
  },
  {
    id: 'experience',
    prompt: 'What work have you done?',
    options: options('experience', {
      none: 'No work like this yet',
      'front-desk': 'Front desk or patient sign-in',
      clinical: 'Medical assistant or patient care',
      billing: 'Billing, AR or insurance work',
      coding: 'Coding',
      office: 'Office work outside health care',
    }),
  },
  {
    id: 'hours',
    prompt: 'How many hours a week can you study?',
    options: options('hours', {
      '3-5': '3 to 5 hours',
      '5-10': '5 to 10 hours',
      '10-20': '10 to 20 hours',
      '20-40': '20 hours or more',
    }),
  },
  {
    id: 'budget',
    prompt: 'How much can you spend on training?',
    options: options('budget', {
      'very-little': 'Very little: I need free or low-cost help',
      exam: 'Enough for an exam, not a course',
      course: 'Enough for an online course',
      college: 'Enough for a college program',
    }),
  },
  {
    id: 'remoteSoon',
    prompt: 'Do you need to work from home soon?',
    options: options('remoteSoon', { yes: 'Yes, soon', no: 'No, I can work on site' }),
  },
  {
    id: 'state',
    prompt: 'Which state do you live in?',
    help: 'You can skip this. We use it to name the state in your plan.',
    optional: true,
    options: V1_STATES.map((code) => ({ id: code, label: US_STATES[code] })),
  },
];
