// The evidence of answers and checked claims: every sentence of fact names its source (or shows
// figures that do), amounts and percentages are figures, and each reference to a fact the site
// already holds (an occupation's figure, note or entry education; a role's figure or rule; a
// credential's fact) points at one that exists.
import type { Checks, IdKind } from './checks';
import type { ContentToValidate, EvidenceToValidate, RawDocument } from './to-validate';
import { ANSWER_SLUGS, CERTIFICATION_FACTS } from './vocabulary';

// An amount or a percentage in running text: it must be a figure, which carries its source.
const AMOUNT = /\$\s?\d|\d\s?%|\bpercent\b/i;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value))
    : undefined;
}

/** The text fields of content objects (figures, notes) that a reference looks them up by. */
function fieldsOf(
  items: readonly unknown[] | undefined,
  ...keys: string[]
): Record<string, string>[] {
  return (items ?? []).flatMap((item) => {
    const record = asRecord(item);
    if (record === undefined) return [];
    return [Object.fromEntries(keys.map((key) => [key, String(record[key] ?? '')]))];
  });
}

type Referred = Pick<ContentToValidate, 'roles' | 'occupations'>;

/** The sources a piece of evidence names itself (not those of the occupation figures it shows). */
export function evidenceSources(
  evidence: readonly EvidenceToValidate[],
  content: Referred,
): string[] {
  const role = (slug: string) => content.roles.find((doc) => doc.slug === slug);
  return evidence.flatMap((point) => [
    ...(point.source ? [point.source] : []),
    ...fieldsOf(point.figures, 'source').map((figure) => figure.source ?? ''),
    ...(point.roleFigures ?? []).flatMap((ref) =>
      fieldsOf(role(ref.role)?.figures, 'label', 'source')
        .filter((figure) => figure.label === ref.label)
        .map((figure) => figure.source ?? ''),
    ),
    ...(point.occupationNotes ?? []).map((ref) => ref.source),
    ...(point.occupationEducation ?? []).flatMap((code) => {
      const occupation = content.occupations.find((doc) => doc.code === code);
      const education = asRecord(occupation?.typicalEducation);
      return typeof education?.source === 'string' ? [education.source] : [];
    }),
    ...(point.certificationRules ?? []).flatMap((slug) => {
      const rule = role(slug)?.certificationRule;
      return rule ? [rule.source] : [];
    }),
  ]);
}

/** How many figures, notes and facts a piece of evidence shows besides its own sentence. */
function shownCount(point: EvidenceToValidate): number {
  return [
    point.figures,
    point.occupationFigures,
    point.roleFigures,
    point.occupationNotes,
    point.occupationEducation,
    point.certificationFacts,
    point.certificationRules,
  ].reduce((sum, list) => sum + (list?.length ?? 0), point.seeAnswer === undefined ? 0 : 1);
}

export function createEvidenceChecks(content: ContentToValidate, checks: Checks) {
  const { report, checkEnum, checkRef } = checks;

  const checkText = (doc: RawDocument, field: string, text: string) => {
    if (AMOUNT.test(text)) {
      report(doc, field, 'has an amount or a percentage; give it as a figure, with its source');
    }
  };

  /** The document a reference names, or a report that there is none. */
  const lookup = <D>(
    doc: RawDocument,
    field: string,
    documents: readonly D[],
    idOf: (document: D) => string,
    value: string,
    kind: IdKind,
  ): D | undefined => {
    const found = documents.find((document) => idOf(document) === value);
    if (found === undefined) checkRef(doc, field, value, kind);
    return found;
  };

  const checkEvidence = (doc: RawDocument, field: string, point: EvidenceToValidate) => {
    const shows = shownCount(point);
    if (point.text === undefined && shows === 0) report(doc, field, 'has no text and no figures');
    if ((point.source === undefined) !== (point.asOf === undefined)) {
      report(doc, field, 'needs both source and asOf, or neither');
    }
    if (point.text !== undefined) {
      checkText(doc, `${field}.text`, point.text);
      if (point.source === undefined && shows === 0) {
        report(doc, `${field}.text`, 'states a fact without a source; add source and asOf');
      }
    }
    if (point.source !== undefined) checkRef(doc, `${field}.source`, point.source, 'source');
    if (point.seeAnswer !== undefined) {
      checkEnum(doc, `${field}.seeAnswer`, point.seeAnswer, ANSWER_SLUGS);
    }
    fieldsOf(point.figures, 'label').forEach((figure, index) => {
      if (figure.label === '') report(doc, `${field}.figures[${index}].label`, 'is missing');
    });

    const occupation = (at: string, code: string) =>
      lookup(doc, at, content.occupations, (item) => item.code, code, 'occupation');
    const role = (at: string, slug: string) =>
      lookup(doc, at, content.roles, (item) => item.slug, slug, 'role');

    point.occupationFigures?.forEach((ref, index) => {
      const at = `${field}.occupationFigures[${index}]`;
      const found = occupation(`${at}.occupation`, ref.occupation);
      const national = fieldsOf(found?.figures, 'measure', 'unit', 'place').some(
        (figure) =>
          figure.measure === ref.measure && figure.unit === ref.unit && figure.place === '',
      );
      if (found && !national) {
        report(
          doc,
          at,
          `occupation ${ref.occupation} has no national ${ref.measure} figure in ${ref.unit}`,
        );
      }
    });
    point.roleFigures?.forEach((ref, index) => {
      const at = `${field}.roleFigures[${index}]`;
      const found = role(`${at}.role`, ref.role);
      if (found && !fieldsOf(found.figures, 'label').some((figure) => figure.label === ref.label)) {
        report(doc, `${at}.label`, `role "${ref.role}" has no figure labelled "${ref.label}"`);
      }
    });
    point.occupationNotes?.forEach((ref, index) => {
      const at = `${field}.occupationNotes[${index}]`;
      const found = occupation(`${at}.occupation`, ref.occupation);
      if (found && !fieldsOf(found.notes, 'source').some((note) => note.source === ref.source)) {
        report(
          doc,
          `${at}.source`,
          `occupation ${ref.occupation} has no note from "${ref.source}"`,
        );
      }
    });
    point.occupationEducation?.forEach((code, index) => {
      const at = `${field}.occupationEducation[${index}]`;
      const found = occupation(at, code);
      if (found && found.typicalEducation === undefined) {
        report(doc, at, `occupation ${code} has no typicalEducation`);
      }
    });
    point.certificationFacts?.forEach((ref, index) => {
      const at = `${field}.certificationFacts[${index}]`;
      checkEnum(doc, `${at}.fact`, ref.fact, CERTIFICATION_FACTS);
      const found = lookup(
        doc,
        `${at}.certification`,
        content.certifications,
        (item) => item.slug,
        ref.certification,
        'certification',
      );
      const fact = ref.fact === 'eligibility' ? found?.eligibility : found?.apprentice;
      if (found && fact === undefined) {
        report(doc, at, `certification "${ref.certification}" has no ${ref.fact}`);
      }
    });
    point.certificationRules?.forEach((slug, index) => {
      const at = `${field}.certificationRules[${index}]`;
      const found = role(at, slug);
      if (found && found.certificationRule === undefined) {
        report(doc, at, `role "${slug}" has no certificationRule`);
      }
    });
  };

  return { checkText, checkEvidence };
}
