// Checks of the editorial choices that point into other content: the occupations /outlook shows
// (content/outlook.yaml) and where the claim journey's denial loop goes (content/claim-journey.yaml).
// Called from validateContent(), whose problem format it shares.
import type { ContentProblem } from './problems';
import { OUTLOOK_RELATIONS } from './vocabulary';

interface ChoiceDocument {
  _raw: { sourceFilePath: string };
}

export interface OutlookToValidate extends ChoiceDocument {
  groups: { type: string; relation: string; occupations: string[] }[];
  questions?: string[] | undefined;
}

export interface DenialLoopToValidate extends ChoiceDocument {
  steps: { id: string }[];
  denialLoop: { type: string; from: string; to: string[] };
}

export interface ChoicesToValidate {
  occupations: readonly { code: string }[];
  outlook: readonly OutlookToValidate[];
  claimJourney: readonly DenialLoopToValidate[];
}

export function validateEditorialChoices(content: ChoicesToValidate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (doc: ChoiceDocument, field: string, message: string) =>
    problems.push({ file: doc._raw.sourceFilePath, field, message });
  const occupationCodes = new Set(content.occupations.map((doc) => doc.code));

  for (const doc of content.outlook) {
    const listed = new Set<string>();
    doc.groups.forEach((group, index) => {
      const field = `groups[${index}]`;
      if (!OUTLOOK_RELATIONS.some((relation) => relation === group.relation)) {
        const options = OUTLOOK_RELATIONS.map((relation) => `"${relation}"`).join(', ');
        report(doc, `${field}.relation`, `"${group.relation}" is not one of ${options}`);
      }
      group.occupations.forEach((code, codeIndex) => {
        const codeField = `${field}.occupations[${codeIndex}]`;
        if (!occupationCodes.has(code)) {
          report(doc, codeField, `no occupation "${code}" (looked in content/occupations/)`);
        } else if (listed.has(code)) {
          report(doc, codeField, `"${code}" is listed twice`);
        }
        listed.add(code);
      });
    });
  }

  for (const doc of content.claimJourney) {
    const stepIds = new Set(doc.steps.map((step) => step.id));
    const checkStep = (field: string, id: string) => {
      if (!stepIds.has(id)) report(doc, field, `no step "${id}" (the ids under steps)`);
    };
    checkStep('denialLoop.from', doc.denialLoop.from);
    doc.denialLoop.to.forEach((id, index) => checkStep(`denialLoop.to[${index}]`, id));
  }

  return problems;
}
