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
import { routes } from '../routes';
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

function roleFigure(ref: { role: string; label: string }): CitedFigureView {
  const figure = getRole(ref.role).figures?.find((candidate) => candidate.label === ref.label);
  if (figure === undefined) throw new Error(`Role "${ref.role}" has no figure "${ref.label}"`);
  return citeFigure(figure);
}

function occupationHeadline(ref: {
  occupation: string;
  measure: string;
  unit: string;
}): OccupationHeadline {
  const occupation = getOccupation(ref.occupation);
  const view = viewHeadline(occupation, ref);
  if (view === undefined) {
    throw new Error(`Occupation ${ref.occupation} has no ${ref.measure} figure in ${ref.unit}`);
  }
  return { occupation: occupation.title, view };
}

function occupationNote(ref: { occupation: string; source: string }): CitedNote {
  const note = getOccupation(ref.occupation).notes?.find((item) => item.source === ref.source);
  if (note === undefined)
    throw new Error(`Occupation ${ref.occupation} has no note "${ref.source}"`);
  return { text: note.text, citation: cite(note.source, note.asOf) };
}

function occupationEducation(code: string): CitedNote {
  const occupation = getOccupation(code);
  const education = occupation.typicalEducation;
  if (education === undefined) throw new Error(`Occupation ${code} has no typical education`);
  return {
    label: occupation.title,
    text: education.text,
    citation: cite(education.source, education.asOf),
  };
}

function certificationRule(role: string): CitedNote {
  const { name, certificationRule: rule } = getRole(role);
  if (rule === undefined) throw new Error(`Role "${role}" has no certification rule`);
  return { label: name, text: rule.text, citation: cite(rule.source, rule.asOf) };
}

function certificationFact(ref: {
  certification: string;
  fact: CertificationFact;
}): CertificationFactView {
  const certification = getCertification(ref.certification);
  const text = ref.fact === 'eligibility' ? certification.eligibility : certification.apprentice;
  if (text === undefined)
    throw new Error(`Certification "${ref.certification}" has no ${ref.fact}`);
  return {
    acronym: certification.acronym,
    href: routes.certification(certification.slug),
    text: linkGlossaryTerms(text),
  };
}

export function viewEvidence(point: EvidencePoint): EvidenceView {
  return {
    ...(point.text ? { text: linkGlossaryTerms(point.text) } : {}),
    ...(point.source && point.asOf ? { citation: cite(point.source, point.asOf) } : {}),
    figures: [
      ...(point.figures ?? []).map((figure) => citeFigure(figure)),
      ...(point.roleFigures ?? []).map(roleFigure),
    ],
    headlines: (point.occupationFigures ?? []).map(occupationHeadline),
    notes: [
      ...(point.occupationNotes ?? []).map(occupationNote),
      ...(point.occupationEducation ?? []).map(occupationEducation),
      ...(point.certificationRules ?? []).map(certificationRule),
    ],
    certificationFacts: (point.certificationFacts ?? []).map(certificationFact),
    ...(point.seeAnswer
      ? {
          seeAnswer: {
            href: routes.answer(point.seeAnswer),
            title: getAnswer(point.seeAnswer).title,
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
