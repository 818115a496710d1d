// The training check (content/training-check.yaml): ids are unique, every certification, red flag
// and place a part names exists, a red-flag question says no concern of its own (the red flag is its
// concern) while a check says one, and every red flag is asked about in the checklist.
import type { Checks } from './checks';
import type { ContentToValidate, RawDocument } from './to-validate';
import { TRAINING_CHECK_READ_MORE } from './vocabulary';

interface Sourced {
  source?: string;
  asOf?: string;
}

export interface TrainingCheckToValidate {
  approvals: (Sourced & { id: string; certifications: string[] })[];
  cost: { examFees: string[] };
  length: { apprenticeRules: string[] };
  redFlags: (Sourced & { id: string; readMore?: string })[];
  whereToCheck: { id: string; url: string }[];
  checklist: {
    id: string;
    questions: { id: string; redFlag?: string; concern?: string; where?: string }[];
  }[];
}

type Report = Checks['report'];

function checkUniqueIds(doc: RawDocument, field: string, items: { id: string }[], report: Report) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) report(doc, `${field}[${index}].id`, `"${item.id}" is used twice`);
    seen.add(item.id);
  });
}

/** A fact's source and its date come together, or not at all. */
function checkSourced(doc: RawDocument, field: string, item: Sourced, checks: Checks): void {
  if (item.source !== undefined) checks.checkRef(doc, `${field}.source`, item.source, 'source');
  if ((item.source === undefined) !== (item.asOf === undefined)) {
    checks.report(doc, field, 'needs both source and asOf, or neither');
  }
}

export function validateTrainingCheck(content: ContentToValidate, checks: Checks): void {
  const { report, checkEnum, checkRefs, checkUrl } = checks;
  const certifications = new Map(content.certifications.map((cert) => [cert.slug, cert]));
  for (const doc of content.trainingCheck ?? []) {
    checkUniqueIds(doc, 'approvals', doc.approvals, report);
    doc.approvals.forEach((approval, index) => {
      checkSourced(doc, `approvals[${index}]`, approval, checks);
      checkRefs(
        doc,
        `approvals[${index}].certifications`,
        approval.certifications,
        'certification',
      );
      approval.certifications.forEach((slug, certIndex) => {
        if (certifications.get(slug)?.eligibility === undefined && certifications.has(slug)) {
          const field = `approvals[${index}].certifications[${certIndex}]`;
          report(doc, field, `"${slug}" says nothing of who may take its exam`);
        }
      });
    });

    checkRefs(doc, 'cost.examFees', doc.cost.examFees, 'certification');
    doc.cost.examFees.forEach((slug, index) => {
      const cert = certifications.get(slug);
      if (cert && cert.exam.fee === undefined) {
        report(doc, `cost.examFees[${index}]`, `"${slug}" has no exam fee in its file`);
      }
    });
    checkRefs(doc, 'length.apprenticeRules', doc.length.apprenticeRules, 'certification');
    doc.length.apprenticeRules.forEach((slug, index) => {
      const cert = certifications.get(slug);
      if (cert && cert.apprentice === undefined) {
        report(doc, `length.apprenticeRules[${index}]`, `"${slug}" has no apprentice rule`);
      }
    });

    checkUniqueIds(doc, 'redFlags', doc.redFlags, report);
    doc.redFlags.forEach((flag, index) => {
      checkSourced(doc, `redFlags[${index}]`, flag, checks);
      if (flag.readMore !== undefined) {
        checkEnum(doc, `redFlags[${index}].readMore`, flag.readMore, TRAINING_CHECK_READ_MORE);
      }
    });

    checkUniqueIds(doc, 'whereToCheck', doc.whereToCheck, report);
    doc.whereToCheck.forEach((place, index) =>
      checkUrl(doc, `whereToCheck[${index}].url`, place.url),
    );

    checkUniqueIds(doc, 'checklist', doc.checklist, report);
    const flagIds = new Set(doc.redFlags.map((flag) => flag.id));
    const placeIds = new Set(doc.whereToCheck.map((place) => place.id));
    const asked = new Set<string>();
    const questionIds = new Set<string>();
    doc.checklist.forEach((group, groupIndex) => {
      group.questions.forEach((question, index) => {
        const field = `checklist[${groupIndex}].questions[${index}]`;
        if (questionIds.has(question.id))
          report(doc, `${field}.id`, `"${question.id}" is used twice`);
        questionIds.add(question.id);
        if (question.redFlag !== undefined) {
          asked.add(question.redFlag);
          if (!flagIds.has(question.redFlag)) {
            report(doc, `${field}.redFlag`, `no red flag "${question.redFlag}" in redFlags`);
          }
          if (question.concern !== undefined) {
            report(
              doc,
              `${field}.concern`,
              'a red-flag question takes its concern from the red flag',
            );
          }
        } else if (question.concern === undefined) {
          report(doc, `${field}.concern`, 'a check needs the concern its worrying answer shows');
        }
        if (question.where !== undefined && !placeIds.has(question.where)) {
          report(doc, `${field}.where`, `no place "${question.where}" in whereToCheck`);
        }
      });
    });
    doc.redFlags.forEach((flag, index) => {
      if (!asked.has(flag.id)) {
        report(doc, `redFlags[${index}]`, `"${flag.id}" is asked about by no checklist question`);
      }
    });
  }
}
