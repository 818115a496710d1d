// The plan's content, resolved at build time: the facts of content/plan/facts.yaml and the first
// credentials' fees and renewal from content/certifications/, with their sources, ready to pass to
// the browser. Nothing here is retyped: every number is read from its one content file.
import { cite, citeFigure } from '../../citations';
import {
  getCertification,
  getEntryTitles,
  getJobTitles,
  getPlanFacts,
  type Figure,
  type PlanTraining,
} from '../../content';
import { formatFigure } from '../../format';
import { toMonths } from '../ranges';
import { routes } from '../../routes';
import {
  PLAN_CREDENTIALS,
  type CountedFigure,
  type CredentialFacts,
  type PlanContent,
  type TrainingFacts,
} from '../types';
import { planEntryTitles } from './titles';

function counted(figure: Figure): CountedFigure {
  return {
    range: { min: figure.value, max: figure.valueMax ?? figure.value },
    view: citeFigure(figure),
  };
}

function countedOrNull(figure: Figure | undefined): CountedFigure | null {
  return figure === undefined ? null : counted(figure);
}

/** A length in weeks, months or years, as months (validation allows no other unit). */
function lengthInMonths(figure: Figure): CountedFigure {
  const { unit } = figure;
  if (unit !== 'weeks' && unit !== 'months' && unit !== 'years') {
    throw new Error(`content/plan/facts.yaml gives a length in ${unit}`);
  }
  const { range, view } = counted(figure);
  return { range: toMonths(range, unit), view };
}

function trainingFacts(training: PlanTraining): TrainingFacts {
  const time: TrainingFacts['time'] = training.length
    ? { kind: 'months', figure: lengthInMonths(training.length) }
    : training.studyHours
      ? { kind: 'study-hours', figure: counted(training.studyHours) }
      : { kind: 'unknown' };
  return {
    id: training.id,
    name: training.name,
    where: training.where,
    time,
    cost: countedOrNull(training.cost),
    ...(training.unknown ? { unknown: training.unknown } : {}),
  };
}

function credentialFacts(slug: (typeof PLAN_CREDENTIALS)[number]): CredentialFacts {
  const cert = getCertification(slug);
  const { ceus, everyYears, cost } = cert.renewal;
  return {
    slug,
    acronym: cert.acronym,
    name: cert.name,
    issuer: cert.issuer,
    href: routes.certification(slug),
    firstFor: cert.firstFor,
    fee: countedOrNull(cert.exam.fee),
    membership: cost?.unit === 'usd-per-year' ? counted(cost) : null,
    renewal: ceus && everyYears ? `${formatFigure(ceus)} every ${formatFigure(everyYears)}` : null,
    openBook: cert.exam.openBook?.startsWith('Yes') ?? false,
    hasApprenticeStatus: cert.apprentice !== undefined,
  };
}

export function getPlanContent(): PlanContent {
  const facts = getPlanFacts();
  return {
    training: facts.training.map(trainingFacts),
    credentials: PLAN_CREDENTIALS.map(credentialFacts),
    apprentice: {
      yearsOfWork: counted(facts.apprentice.yearsOfWork),
      yearsWithCourse: counted(facts.apprentice.yearsWithCourse),
      courseHours: counted(facts.apprentice.courseHours),
    },
    remoteShare: citeFigure(facts.remoteShare),
    billingOnTheJob: {
      text: facts.billingOnTheJob.text,
      citation: cite(facts.billingOnTheJob.source, facts.billingOnTheJob.asOf),
    },
    waysToPay: facts.waysToPay.map((way) => ({
      id: way.id,
      name: way.name,
      text: way.text,
      citation: way.source && way.asOf ? cite(way.source, way.asOf) : null,
    })),
    entryTitles: planEntryTitles(getEntryTitles(), getJobTitles()),
  };
}
