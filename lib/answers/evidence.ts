// One piece of an answer's evidence, ready to show: its sentence with glossary terms found and its
// source, its own figures and the role figures it refers to (cited), the occupation figures it
// refers to (the headline the figure rule picks, the rest behind it) and the occupations' notes.
import {
  cite,
  citeFigure,
  viewHeadline,
  type Citation,
  type CitedFigureView,
  type HeadlineFigureView,
} from '../citations';
import {
  getAnswer,
  getCertification,
  getOccupation,
  getRole,
  type AnswerEvidence,
} from '../content';
import type { CertificationFact } from '../content/vocabulary';
import type { Locale } from '../i18n';
import { routesFor } from '../routes';
import { linkGlossaryTerms, type LinkedText } from '../glossary';

export interface CitedNote {
  /** Whose fact it is, when the evidence shows several: an occupation's title or a role's name. */
  label?: string;
  text: string;
  citation: Citation;
}

/** A fact from a credential's profile, in the profile's words, linked to the profile and its sources. */
export interface CertificationFactView {
  acronym: string;
  href: string;
  text: LinkedText;
}

export interface OccupationHeadline {
  occupation: string;
  view: HeadlineFigureView;
}

export interface EvidenceView {
  text?: LinkedText;
  /** The source of the sentence; absent when only the figures below carry sources. */
  citation?: Citation;
  /** New figures and role figures, each with its label. */
  figures: CitedFigureView[];
  /** Occupation figures by the headline rule, each under its occupation's title. */
  headlines: OccupationHeadline[];
  /** Occupation notes and typical entry education, each with its source. */
  notes: CitedNote[];
  certificationFacts: CertificationFactView[];
  /** The answer that holds more of the evidence, linked rather than repeated. */
  seeAnswer?: { href: string; title: string };
}

type EvidencePoint = Pick<
  AnswerEvidence,
  | 'text'
  | 'source'
  | 'asOf'
  | 'figures'
  | 'occupationFigures'
  | 'roleFigures'
  | 'occupationNotes'
  | 'occupationEducation'
  | 'certificationRules'
  | 'seeAnswer'
> & { certificationFacts?: { certification: string; fact: CertificationFact }[] | undefined };

/**
 * A role's figure, found by its English label (the content refers to it so) and shown in the
 * locale's words: the Spanish text keeps the English list's order.
 */
function roleFigure(ref: { role: string; label: string }, locale: Locale): CitedFigureView {
  const index = (getRole(ref.role, 'en').figures ?? []).findIndex(
    (candidate) => candidate.label === ref.label,
  );
  const figure = getRole(ref.role, locale).figures?.[index];
  if (figure === undefined) throw new Error(`Role "${ref.role}" has no figure "${ref.label}"`);
  return citeFigure(figure, { locale });
}

function occupationHeadline(
  ref: { occupation: string; measure: string; unit: string },
  locale: Locale,
): OccupationHeadline {
  const occupation = getOccupation(ref.occupation, locale);
  const view = viewHeadline(occupation, ref, locale);
  if (view === undefined) {
    throw new Error(`Occupation ${ref.occupation} has no ${ref.measure} figure in ${ref.unit}`);
  }
  return { occupation: occupation.title, view };
}

function occupationNote(ref: { occupation: string; source: string }, locale: Locale): CitedNote {
  const note = getOccupation(ref.occupation, locale).notes?.find(
    (item) => item.source === ref.source,
  );
  if (note === undefined)
    throw new Error(`Occupation ${ref.occupation} has no note "${ref.source}"`);
  return { text: note.text, citation: cite(note.source, note.asOf, locale) };
}

function occupationEducation(code: string, locale: Locale): CitedNote {
  const occupation = getOccupation(code, locale);
  const education = occupation.typicalEducation;
  if (education === undefined) throw new Error(`Occupation ${code} has no typical education`);
  return {
    label: occupation.title,
    text: education.text,
    citation: cite(education.source, education.asOf, locale),
  };
}

function certificationRule(role: string, locale: Locale): CitedNote {
  const { name, certificationRule: rule } = getRole(role, locale);
  if (rule === undefined) throw new Error(`Role "${role}" has no certification rule`);
  return { label: name, text: rule.text, citation: cite(rule.source, rule.asOf, locale) };
}

function certificationFact(
  ref: { certification: string; fact: CertificationFact },
  locale: Locale,
): CertificationFactView {
  const certification = getCertification(ref.certification, locale);
  const text = ref.fact === 'eligibility' ? certification.eligibility : certification.apprentice;
  if (text === undefined)
    throw new Error(`Certification "${ref.certification}" has no ${ref.fact}`);
  return {
    acronym: certification.acronym,
    href: routesFor(locale).certification(certification.slug),
    text: linkGlossaryTerms(text, locale),
  };
}

/** One piece of evidence in `locale`: its words, and every link and citation in that language. */
export function viewEvidence(point: EvidencePoint, locale: Locale): EvidenceView {
  return {
    ...(point.text ? { text: linkGlossaryTerms(point.text, locale) } : {}),
    ...(point.source && point.asOf ? { citation: cite(point.source, point.asOf, locale) } : {}),
    figures: [
      ...(point.figures ?? []).map((figure) => citeFigure(figure, { locale })),
      ...(point.roleFigures ?? []).map((ref) => roleFigure(ref, locale)),
    ],
    headlines: (point.occupationFigures ?? []).map((ref) => occupationHeadline(ref, locale)),
    notes: [
      ...(point.occupationNotes ?? []).map((ref) => occupationNote(ref, locale)),
      ...(point.occupationEducation ?? []).map((ref) => occupationEducation(ref, locale)),
      ...(point.certificationRules ?? []).map((ref) => certificationRule(ref, locale)),
    ],
    certificationFacts: (point.certificationFacts ?? []).map((ref) =>
      certificationFact(ref, locale),
    ),
    ...(point.seeAnswer
      ? {
          seeAnswer: {
            href: routesFor(locale).answer(point.seeAnswer),
            title: getAnswer(point.seeAnswer, locale).title,
          },
        }
      : {}),
  };
}

/** Every citation a piece of evidence shows, the figures behind a headline included. */
export function evidenceCitations(view: EvidenceView): Citation[] {
  return [
    ...(view.citation ? [view.citation] : []),
    ...view.figures.map((figure) => figure.citation),
    ...view.headlines.flatMap(({ view: { headline, others } }) =>
      [headline, ...others].map((figure) => figure.citation),
    ),
    ...view.notes.map((note) => note.citation),
  ];
}
