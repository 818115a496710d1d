// The plan's content in one language, resolved at build time: the facts of content/plan/facts.yaml
// and the first credentials' fees and renewal from content/certifications/, with their sources, ready
// to pass to the browser. Nothing here is retyped: every number is read from its one content file,
// so both languages count with the same numbers.
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
import { formatMessage, type Locale } from '../../i18n';
import { getMessages } from '../../i18n/messages';
import { toMonths } from '../ranges';
import { routesFor } from '../../routes';
import {
  PLAN_CREDENTIALS,
  type CountedFigure,
  type CredentialFacts,
  type PlanContent,
  type TrainingFacts,
} from '../types';
import { planEntryTitles } from './titles';

function counted(figure: Figure, locale: Locale): CountedFigure {
  return {
    range: { min: figure.value, max: figure.valueMax ?? figure.value },
    view: citeFigure(figure, { locale }),
  };
}

function countedOrNull(figure: Figure | undefined, locale: Locale): CountedFigure | null {
  return figure === undefined ? null : counted(figure, locale);
}

/** A length in weeks, months or years, as months (validation allows no other unit). */
function lengthInMonths(figure: Figure, locale: Locale): CountedFigure {
  const { unit } = figure;
  if (unit !== 'weeks' && unit !== 'months' && unit !== 'years') {
    throw new Error(`content/plan/facts.yaml gives a length in ${unit}`);
  }
  const { range, view } = counted(figure, locale);
  return { range: toMonths(range, unit), view };
}

function trainingFacts(training: PlanTraining, locale: Locale): TrainingFacts {
  const time: TrainingFacts['time'] = training.length
    ? { kind: 'months', figure: lengthInMonths(training.length, locale) }
    : training.studyHours
      ? { kind: 'study-hours', figure: counted(training.studyHours, locale) }
      : { kind: 'unknown' };
  return {
    id: training.id,
    name: training.name,
    where: training.where,
    time,
    cost: countedOrNull(training.cost, locale),
    ...(training.unknown ? { unknown: training.unknown } : {}),
  };
}

function credentialFacts(slug: (typeof PLAN_CREDENTIALS)[number], locale: Locale): CredentialFacts {
  const cert = getCertification(slug, locale);
  const { ceus, everyYears, cost } = cert.renewal;
  const rule = getMessages(locale).plan.renewalRule;
  return {
    slug,
    acronym: cert.acronym,
    name: cert.name,
    issuer: cert.issuer,
    href: routesFor(locale).certification(slug),
    firstFor: cert.firstFor,
    fee: countedOrNull(cert.exam.fee, locale),
    membership: cost?.unit === 'usd-per-year' ? counted(cost, locale) : null,
    renewal:
      ceus && everyYears
        ? formatMessage(rule, {
            ceus: formatFigure(ceus, { locale }),
            years: formatFigure(everyYears, { locale }),
          })
        : null,
    // The English text is the one read: "Yes" starts it in every open-book exam's file.
    openBook: getCertification(slug, 'en').exam.openBook?.startsWith('Yes') ?? false,
    hasApprenticeStatus: cert.apprentice !== undefined,
  };
}

/** The plan's content in the locale's language: the same facts and numbers in every language. */
export function getPlanContent(locale: Locale): PlanContent {
  const facts = getPlanFacts(locale);
  const r = routesFor(locale);
  return {
    training: facts.training.map((training) => trainingFacts(training, locale)),
    credentials: PLAN_CREDENTIALS.map((slug) => credentialFacts(slug, locale)),
    apprentice: {
      yearsOfWork: counted(facts.apprentice.yearsOfWork, locale),
      yearsWithCourse: counted(facts.apprentice.yearsWithCourse, locale),
      courseHours: counted(facts.apprentice.courseHours, locale),
    },
    remoteShare: citeFigure(facts.remoteShare, { locale }),
    billingOnTheJob: {
      text: facts.billingOnTheJob.text,
      citation: cite(facts.billingOnTheJob.source, facts.billingOnTheJob.asOf, locale),
    },
    waysToPay: facts.waysToPay.map((way) => ({
      id: way.id,
      name: way.name,
      text: way.text,
      citation: way.source && way.asOf ? cite(way.source, way.asOf, locale) : null,
    })),
    entryTitles: planEntryTitles(getEntryTitles(locale), getJobTitles()).map((title) => ({
      ...title,
      href: r.job(title.slug),
      searchHref: r.jobSearch(title.title),
    })),
  };
}
