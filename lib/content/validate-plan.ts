// The personal plan's facts (content/plan/facts.yaml): one entry for each way to learn, each with a
// time and a cost or words for what is not known, and a dated source for each way to pay that has one.
import type { Checks } from './checks';
import type { ContentToValidate } from './to-validate';
import { PLAN_PAYMENT_IDS, PLAN_TRAINING_IDS } from './vocabulary';

function unitOf(figure: unknown): string | null {
  if (typeof figure !== 'object' || figure === null || !('unit' in figure)) return null;
  return typeof figure.unit === 'string' ? figure.unit : null;
}

export function validatePlanFacts(content: ContentToValidate, checks: Checks): void {
  const { problems, report, checkEnum, checkRef } = checks;
  if (content.planFacts === undefined) return;
  if (content.planFacts.length === 0) {
    problems.push({ file: 'plan/facts.yaml', field: 'file', message: 'is missing' });
  }
  for (const doc of content.planFacts) {
    const ids = doc.training.map((training) => training.id);
    if ([...ids].sort().join() !== [...PLAN_TRAINING_IDS].sort().join()) {
      report(doc, 'training', `must have ${PLAN_TRAINING_IDS.join(', ')}, once each`);
    }
    doc.training.forEach((training, index) => {
      const path = `training[${index}]`;
      checkEnum(doc, `${path}.id`, training.id, PLAN_TRAINING_IDS);
      if (training.length !== undefined && training.studyHours !== undefined) {
        report(doc, `${path}.studyHours`, 'give length or studyHours, not both');
      }
      const units: [string, unknown, readonly string[]][] = [
        ['length', training.length, ['weeks', 'months', 'years']],
        ['studyHours', training.studyHours, ['hours']],
        ['cost', training.cost, ['usd']],
      ];
      for (const [field, figure, allowed] of units) {
        const unit = unitOf(figure);
        if (unit !== null && !allowed.includes(unit)) {
          report(
            doc,
            `${path}.${field}.unit`,
            `"${unit}" does not fit; use ${allowed.join(' or ')}`,
          );
        }
      }
      const timeKnown = training.length !== undefined || training.studyHours !== undefined;
      if ((!timeKnown || training.cost === undefined) && training.unknown === undefined) {
        report(doc, `${path}.unknown`, 'is needed: say what was not found (its time or its cost)');
      }
    });
    const payIds = doc.waysToPay.map((way) => way.id);
    if ([...payIds].sort().join() !== [...PLAN_PAYMENT_IDS].sort().join()) {
      report(doc, 'waysToPay', `must have ${PLAN_PAYMENT_IDS.join(', ')}, once each`);
    }
    doc.waysToPay.forEach((way, index) => {
      const path = `waysToPay[${index}]`;
      checkEnum(doc, `${path}.id`, way.id, PLAN_PAYMENT_IDS);
      if (way.source !== undefined) checkRef(doc, `${path}.source`, way.source, 'source');
      if ((way.source === undefined) !== (way.asOf === undefined)) {
        report(doc, `${path}.asOf`, 'a source needs its date (asOf), and a date its source');
      }
    });
  }
}
