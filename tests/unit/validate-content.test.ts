import { describe, expect, it } from 'vitest';
import {
  certificationSlug,
  formatProblem,
  validateContent,
  type ContentToValidate,
} from '@/lib/content/validate';
import { lessonPlanFixture } from '../fixtures/counselors/lesson-plan';
import { entryTitleListFixture, firstJobGuideFixture } from '../fixtures/first-job/first-job';
import { isTakenJobsPath } from '@/lib/routes';

const raw = (sourceFilePath: string) => ({ _raw: { sourceFilePath } });
const figure = (source: string, extra: Record<string, unknown> = {}) => ({
  type: 'Figure',
  value: 1,
  unit: 'count',
  asOf: '2024',
  source,
  ...extra,
});

const points = { type: 'QuizWeights', coding: 1, billing: 0, both: 0, adjacent: 0 };
const outcome = (id: string) => ({
  ...raw(`quiz/outcomes/${id}.yaml`),
  type: 'QuizOutcome',
  id,
  firstCertification: 'ccs-p',
  jobTitles: ['medical-coder'],
  discussionPrompts: ['One?', 'Two?'],
  nextPage: 'compare',
});

/** A small, valid content set; each test breaks one thing. */
function validContent(): ContentToValidate {
  return {
    sources: [
      {
        ...raw('sources/bls.yaml'),
        type: 'Source',
        id: 'bls',
        url: 'https://www.bls.gov/ooh/',
        standing: 'primary',
        publisherKind: 'government',
      },
    ],
    occupations: [
      {
        ...raw('occupations/29-2072.yaml'),
        type: 'Occupation',
        code: '29-2072',
        onetUrl: 'https://www.onetonline.org/link/summary/29-2072.00',
        blsUrl: 'https://www.bls.gov/ooh/',
        oewsUrl: 'https://www.bls.gov/oes/',
        figures: [
          { ...figure('bls'), type: 'OccupationFigure', measure: 'median-pay', place: 'OH' },
        ],
      },
    ],
    blsReleases: [],
    certifications: [
      {
        ...raw('certifications/ccs-p.yaml'),
        type: 'Certification',
        slug: 'ccs-p',
        acronym: 'CCS-P',
        issuer: 'AHIMA',
        roles: ['coder'],
        level: 'advanced',
        eligibility: 'A high school diploma.',
        exam: {
          type: 'CertificationExam',
          questions: figure('bls'),
          minutes: figure('bls'),
          fee: figure('bls'),
        },
        renewal: { type: 'CertificationRenewal', note: 'Renewed every 2 years.' },
        officialUrl: 'https://www.ahima.org/',
        sources: ['bls'],
      },
    ],
    roles: [
      {
        ...raw('roles/coder.md'),
        type: 'Role',
        slug: 'coder',
        firstCertification: 'ccs-p',
        certifications: ['ccs-p'],
        occupation: '29-2072',
        suitsYouIf: {
          type: 'SuitsYouIf',
          lead: 'Coding suits you if',
          lines: [
            { type: 'SuitsYouIfLine', text: 'you like to read closely.' },
            { type: 'SuitsYouIfLine', text: 'you like rules.' },
            { type: 'SuitsYouIfLine', text: 'you can take a course.', source: 'bls', asOf: '2024' },
          ],
        },
      },
    ],
    jobTitles: [
      {
        ...raw('jobs/medical-coder.yaml'),
        type: 'JobTitle',
        slug: 'medical-coder',
        name: 'Medical Coder',
        aliases: ['Coder'],
        family: 'coding',
        level: 'entry',
        prevalence: 'high',
        description: 'Assigns codes from the visit notes, often remote.',
        oftenRemote: true,
        certifications: ['ccs-p'],
        nextSteps: [],
        related: [],
        occupation: '29-2072',
        occupationMatch: { type: 'OccupationMatch', kind: 'onet', onetTitle: 'Coder' },
      },
    ],
    quizVersions: [
      {
        ...raw('quiz/versions/v1.yaml'),
        type: 'QuizVersion',
        version: 1,
        questions: [
          {
            type: 'QuizQuestion',
            id: 'q1',
            options: [
              { type: 'QuizOption', id: 'a', weights: points },
              { type: 'QuizOption', id: 'b', weights: points },
            ],
          },
        ],
        certainty: { type: 'QuizCertainty', minAnswers: 1, closeMargin: 5 },
        secondsPerAnswer: 13,
      },
    ],
    quizOutcomes: [
      {
        ...raw('quiz/outcomes/coding.yaml'),
        type: 'QuizOutcome',
        id: 'coding',
        role: 'coder',
        firstCertification: 'ccs-p',
        jobTitles: ['medical-coder'],
        discussionPrompts: ['One?', 'Two?'],
        nextPage: 'careerPaths',
      },
      outcome('billing'),
      outcome('both'),
      outcome('adjacent'),
    ],
    glossaryTerms: [
      {
        ...raw('glossary/cpt.yaml'),
        type: 'GlossaryTerm',
        slug: 'cpt',
        related: [],
        source: 'bls',
      },
    ],
    careerTracks: [
      {
        ...raw('career-paths/coding.yaml'),
        type: 'CareerTrack',
        steps: [{ type: 'CareerStep', jobTitle: 'medical-coder', certifications: ['ccs-p'] }],
      },
    ],
    claimJourney: [
      {
        ...raw('claim-journey.yaml'),
        type: 'ClaimJourney',
        steps: [{ type: 'ClaimStep', id: 'coding', owner: 'coder', terms: ['cpt'] }],
        denialLoop: { type: 'DenialLoop', from: 'coding', to: ['coding'] },
      },
    ],
    outlook: [
      {
        ...raw('outlook.yaml'),
        type: 'Outlook',
        groups: [{ type: 'OutlookGroup', relation: 'coder', occupations: ['29-2072'] }],
      },
    ],
    lessonPlan: [lessonPlanFixture()],
    firstJobGuide: [firstJobGuideFixture()],
    entryTitleList: [entryTitleListFixture()],
    answers: [],
    checkedClaims: [],
    onet: {
      finderOccupations: { codes: ['29-2072.00'] },
      titles: {
        release: 'O*NET 27.0 Database',
        occupations: [{ code: '29-2072.00', title: 'Medical Records Specialists' }],
        titles: [{ title: 'Coder', occupation: '29-2072.00', sources: ['reported'] }],
      },
    },
  };
}

describe('validateContent', () => {
  it('accepts a consistent content set', () => {
    expect(validateContent(validContent())).toEqual([]);
  });

  it('fails a credential with a missing table fact and no reason, naming the field', () => {
    const content = validContent();
    const cert = content.certifications[0]!;
    delete cert.exam.fee;
    delete cert.eligibility;
    expect(validateContent(content)).toEqual([
      {
        file: 'certifications/ccs-p.yaml',
        field: 'unpublished.eligibility',
        message: 'eligibility is not known; say why (what the body does not publish)',
      },
      {
        file: 'certifications/ccs-p.yaml',
        field: 'unpublished.fee',
        message: 'fee is not known; say why (what the body does not publish)',
      },
    ]);
    cert.unpublished = {
      type: 'CertificationUnpublished',
      eligibility: 'AHIMA does not publish who may take it.',
      fee: 'AHIMA does not publish the fee.',
    };
    expect(validateContent(content)).toEqual([]);
  });

  it('refuses a reason for a fact that is known, and an empty role list without a serves text', () => {
    const content = validContent();
    const cert = content.certifications[0]!;
    cert.unpublished = { type: 'CertificationUnpublished', questions: 'Not published.' };
    cert.roles = [];
    expect(validateContent(content).map((problem) => problem.field)).toEqual([
      'serves',
      'unpublished.questions',
    ]);
    cert.unpublished = undefined;
    cert.serves = 'Privacy and security work.';
    expect(validateContent(content)).toEqual([]);
  });

  it('names the file and field of a bad enum value', () => {
    const content = validContent();
    content.jobTitles[0]!.family = 'plumbing';
    content.certifications[0]!.roles = ['coder', 'admin'];
    expect(validateContent(content)).toEqual([
      {
        file: 'certifications/ccs-p.yaml',
        field: 'roles[1]',
        message: '"admin" is not one of "coder", "biller"',
      },
      {
        file: 'jobs/medical-coder.yaml',
        field: 'family',
        message: '"plumbing" is not one of "coding", "billing", "both", "adjacent"',
      },
    ]);
  });

  it('names a role or outlook question that has no answer page, and a role try set that does not exist', () => {
    const content = validContent();
    content.roles[0]!.trySet = 'nursing';
    content.roles[0]!.questions = ['ai', 'will-i-be-rich'];
    content.outlook[0]!.questions = ['pay?'];
    const messages = validateContent(content).map(
      (problem) => `${problem.field}: ${problem.message}`,
    );
    expect(messages).toContain('trySet: "nursing" is not one of "coding", "billing"');
    expect(
      messages.some((line) => line.startsWith('questions[1]: "will-i-be-rich" is not one of')),
    ).toBe(true);
    expect(messages.some((line) => line.startsWith('questions[0]: "pay?" is not one of'))).toBe(
      true,
    );
  });

  it('lets a title be often remote only where its description says so', () => {
    const content = validContent();
    content.jobTitles[0]!.description = 'Assigns codes from the visit notes in a clinic.';
    expect(validateContent(content)).toEqual([
      {
        file: 'jobs/medical-coder.yaml',
        field: 'oftenRemote',
        message: 'is true but the description does not say the work is remote',
      },
    ]);
  });

  it('refuses a job title slug that another page under /jobs/ has taken', () => {
    const content = validContent();
    content.jobTitles[0]!.slug = 'compare';
    expect(validateContent(content).filter((problem) => problem.field === 'slug')).toEqual([
      {
        file: 'jobs/medical-coder.yaml',
        field: 'slug',
        message: '"compare" is taken by another page under /jobs/',
      },
    ]);
    expect(['place', 'place-pay', 'finder-index.json'].map(isTakenJobsPath)).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('finds dangling references of every kind', () => {
    const content = validContent();
    content.roles[0]!.certifications = ['ccs-p', 'cpx'];
    content.roles[0]!.occupation = '99-9999';
    content.jobTitles[0]!.nextSteps = ['astronaut'];
    content.quizOutcomes[0]!.role = 'plumber';
    content.glossaryTerms[0]!.related = ['nope'];
    content.certifications[0]!.sources = ['missing-source'];
    content.careerTracks[0]!.steps[0]!.jobTitle = 'wizard';
    content.claimJourney[0]!.steps[0]!.terms = ['magic'];
    content.claimJourney[0]!.steps[0]!.owner = 'robot';
    const fields = validateContent(content).map((problem) => `${problem.file} ${problem.field}`);
    expect(fields).toEqual([
      'certifications/ccs-p.yaml sources[0]',
      'roles/coder.md certifications[1]',
      'roles/coder.md occupation',
      'jobs/medical-coder.yaml nextSteps[0]',
      'quiz/outcomes/coding.yaml role',
      'glossary/cpt.yaml related[0]',
      'career-paths/coding.yaml steps[0].jobTitle',
      'claim-journey.yaml steps[0].owner',
      'claim-journey.yaml steps[0].terms[0]',
    ]);
  });

  it('checks the source, unit, measure, place and period of nested figures', () => {
    const content = validContent();
    const occupation = {
      ...content.occupations[0]!,
      figures: [
        {
          ...figure('nobody', { unit: 'furlongs' }),
          type: 'OccupationFigure',
          measure: 'vibes',
          place: 'XX',
          asOf: 'after 2022-32 (edition not stated)',
        },
      ],
    };
    content.occupations[0] = occupation;
    const messages = validateContent(content).map(
      (problem) => `${problem.field}: ${problem.message}`,
    );
    expect(messages).toEqual([
      'figures[0].source: no source "nobody" (looked in content/sources/)',
      expect.stringMatching(/^figures\[0\]\.unit: "furlongs" is not one of/),
      expect.stringMatching(/^figures\[0\]\.measure: "vibes" is not one of/),
      'figures[0].place: "XX" is not a two-letter US state code',
      expect.stringMatching(
        /^figures\[0\]\.asOf: "after 2022-32 \(edition not stated\)" is not a period/,
      ),
    ]);
  });

  it('catches a list item that YAML read as a key: value pair', () => {
    const content = validContent();
    const role = {
      ...content.roles[0]!,
      tips: ['Fine', { 'Track deadlines': 'insurers set limits' }],
    };
    content.roles[0] = role;
    expect(validateContent(content)).toEqual([
      {
        file: 'roles/coder.md',
        field: 'tips[1]',
        message: 'is a "key: value" pair where text was expected; put the line in quotes',
      },
    ]);
  });

  it('checks quiz versions against their file name and for duplicate ids', () => {
    const content = validContent();
    const version = {
      ...content.quizVersions[0]!,
      version: 2,
      questions: [
        {
          type: 'QuizQuestion',
          id: 'q1',
          options: [
            { type: 'QuizOption', id: 'a', weights: points },
            { type: 'QuizOption', id: 'a', weights: points },
          ],
        },
        {
          type: 'QuizQuestion',
          id: 'q1',
          options: [{ type: 'QuizOption', id: 'a', weights: points }],
        },
      ],
    };
    content.quizVersions[0] = version;
    expect(validateContent(content).map((problem) => problem.field)).toEqual([
      'version',
      'questions[0].options[1].id',
      'questions[1].id',
      'questions[1].options',
    ]);
  });

  it('requires https addresses and file names that match acronyms', () => {
    const content = validContent();
    content.sources[0]!.url = 'http://www.bls.gov/';
    content.certifications[0]!.acronym = 'CCS';
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/sources/bls.yaml › url: "http://www.bls.gov/" is not an https:// address',
      'content/certifications/ccs-p.yaml › acronym: "CCS" needs the file name ccs.yaml',
    ]);
  });

  it('names the outlook occupation and denial-loop step that do not exist', () => {
    const content = validContent();
    content.outlook[0]!.groups = [
      { type: 'OutlookGroup', relation: 'coder', occupations: ['29-2072', '99-9999'] },
      { type: 'OutlookGroup', relation: 'cousin', occupations: ['29-2072'] },
    ];
    content.claimJourney[0]!.denialLoop = {
      type: 'DenialLoop',
      from: 'denials',
      to: ['coding', 'resubmission'],
    };
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/outlook.yaml › groups[0].occupations[1]: no occupation "99-9999" (looked in content/occupations/)',
      'content/outlook.yaml › groups[1].relation: "cousin" is not one of "coder", "biller", "step-up", "neighbor"',
      'content/outlook.yaml › groups[1].occupations[0]: "29-2072" is listed twice',
      'content/claim-journey.yaml › denialLoop.from: no step "denials" (the ids under steps)',
      'content/claim-journey.yaml › denialLoop.to[1]: no step "resubmission" (the ids under steps)',
    ]);
  });
});

describe('certificationSlug', () => {
  it('lower-cases and keeps hyphens', () => {
    expect(certificationSlug('CCS-P')).toBe('ccs-p');
    expect(certificationSlug('CPC')).toBe('cpc');
  });
});

describe('validateContent on the quiz and the O*NET files', () => {
  it('names the option whose points scoring cannot use', () => {
    const content = validContent();
    const [first, second] = content.quizVersions[0]!.questions[0]!.options;
    first!.weights = { ...points, coding: 1.5 };
    second!.weights = { ...points, coding: 0 };
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/quiz/versions/v1.yaml › questions[0].options[0].weights: must be whole numbers from 0',
      'content/quiz/versions/v1.yaml › questions[0].options[1].weights: give at least one outcome points',
    ]);
  });

  it('names certainty thresholds that cannot work', () => {
    const content = validContent();
    content.quizVersions[0]!.certainty = { type: 'QuizCertainty', minAnswers: 2, closeMargin: 100 };
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/quiz/versions/v1.yaml › certainty.minAnswers: must be a whole number from 1 to 1',
      'content/quiz/versions/v1.yaml › certainty.closeMargin: must be a whole number of percentage points from 0 to 99',
    ]);
  });

  it('names a quiz length that cannot be said in minutes', () => {
    const content = validContent();
    content.quizVersions[0]!.secondsPerAnswer = 0;
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/quiz/versions/v1.yaml › secondsPerAnswer: must be a number of seconds above 0 and up to 120',
    ]);
  });

  it('names the file and line of a "suits you if" answer that is not three short sourced lines', () => {
    const content = validContent();
    const role = content.roles[0]!;
    role.suitsYouIf.lines = [
      { type: 'SuitsYouIfLine', text: 'you like to read closely.' },
      {
        type: 'SuitsYouIfLine',
        text: 'you like to read very closely and to get every small detail of every record exactly right.',
      },
      { type: 'SuitsYouIfLine', text: 'you can take a course.', source: 'bls' },
      { type: 'SuitsYouIfLine', text: 'you like rules.', source: 'nowhere', asOf: '2024' },
    ];
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/roles/coder.md › suitsYouIf.lines: has 4 lines; it needs 3',
      'content/roles/coder.md › suitsYouIf.lines[1].text: has 17 words; keep it to 16',
      'content/roles/coder.md › suitsYouIf.lines[2]: a line that states a fact needs both source and asOf',
      'content/roles/coder.md › suitsYouIf.lines[3].source: no source "nowhere" (looked in content/sources/)',
    ]);
  });

  it('names a missing outcome file', () => {
    const content = validContent();
    content.quizOutcomes = content.quizOutcomes.filter((doc) => doc.id !== 'both');
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/quiz/outcomes/both.yaml › file: is missing',
    ]);
  });

  it('names a bad occupation code and a titles file extracted for other occupations', () => {
    const content = validContent();
    content.onet.finderOccupations = { codes: ['29-2072'] };
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/onet/finder-occupations.json › codes[0]: "29-2072" is not a code like 29-2072.00',
    ]);
    content.onet.finderOccupations = { codes: ['29-2072.00', '43-3021.00'] };
    expect(validateContent(content).map((problem) => problem.field)).toEqual(['occupations']);
  });

  it('names the field of a damaged titles file', () => {
    const content = validContent();
    content.onet.titles = {
      release: 'O*NET 27.0 Database',
      occupations: [{ code: 1 }],
      titles: [],
    };
    expect(validateContent(content).map((problem) => formatProblem(problem))).toEqual([
      'content/onet/titles.json › occupations[0]: needs "code" and "title"',
    ]);
  });
});

describe('occupation matches of job titles', () => {
  const problemsOf = (content: ContentToValidate) =>
    validateContent(content).map((problem) => `${problem.field}: ${problem.message}`);

  it('rejects an O*NET title that is not one of the job title names', () => {
    const content = validContent();
    content.jobTitles[0]!.occupationMatch.onetTitle = 'Certified Coding Wizard';
    expect(problemsOf(content)).toEqual([
      'occupationMatch.onetTitle: "Certified Coding Wizard" is not the name or an alias',
      'occupationMatch.onetTitle: O*NET does not list "Certified Coding Wizard" under 29-2072 (content/onet/titles.json)',
    ]);
  });

  it('rejects an onet match that O*NET does not list under the occupation', () => {
    const content = validContent();
    content.jobTitles[0]!.occupationMatch.onetTitle = 'Medical Coder';
    expect(problemsOf(content)).toEqual([
      'occupationMatch.onetTitle: O*NET does not list "Medical Coder" under 29-2072 (content/onet/titles.json)',
    ]);
  });

  it('cannot check an occupation the O*NET titles file does not cover, so accepts it', () => {
    const content = validContent();
    content.occupations.push({ ...content.occupations[0]!, code: '43-1011' });
    content.jobTitles[0]!.occupation = '43-1011';
    expect(problemsOf(content)).toEqual([]);
  });

  it('needs a reason for a nearest match, and an O*NET title only for an onet match', () => {
    const content = validContent();
    content.jobTitles[0]!.occupationMatch = {
      type: 'OccupationMatch',
      kind: 'nearest',
      onetTitle: 'Coder',
    };
    expect(problemsOf(content)).toEqual([
      'occupationMatch.reason: a nearest match needs a reason',
      'occupationMatch.onetTitle: only an onet match names an O*NET title',
    ]);
    content.jobTitles[0]!.occupationMatch = {
      type: 'OccupationMatch',
      kind: 'onet',
      onetTitle: 'Coder',
      payFits: false,
    };
    expect(problemsOf(content)).toEqual([
      'occupationMatch.payFits: only a nearest match can say its pay does not fit',
    ]);
    content.jobTitles[0]!.occupationMatch = { type: 'OccupationMatch', kind: 'guess' };
    expect(problemsOf(content)).toEqual([
      'occupationMatch.kind: "guess" is not one of "onet", "nearest"',
    ]);
  });
});
