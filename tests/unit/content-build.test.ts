// Builds small broken content folders with the real schema and validator, and checks that the build
// stops with a message naming the file and the field. (contentlayer draws its report as a tree,
// hence the │ in the patterns.)
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const sandboxes: string[] = [];

/** Runs `npm run content` (contentlayer, then the validator) over a fixture folder, in a sandbox. */
function buildContent(fixture: string) {
  const sandbox = mkdtempSync(join(tmpdir(), 'content-build-'));
  sandboxes.push(sandbox);
  for (const name of ['node_modules', 'lib', 'scripts'])
    symlinkSync(join(root, name), join(sandbox, name));
  for (const name of ['contentlayer.config.ts', 'tsconfig.json', 'package.json']) {
    copyFileSync(join(root, name), join(sandbox, name));
  }
  symlinkSync(join(root, 'tests/fixtures', fixture), join(sandbox, 'content'));
  const result = spawnSync('npm', ['run', '--silent', 'content'], {
    cwd: sandbox,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => {
  for (const sandbox of sandboxes) rmSync(sandbox, { recursive: true, force: true });
});

describe('content build', { timeout: 60_000 }, () => {
  it('fails on schema errors, naming each file and field', () => {
    const { status, output } = buildContent('content-broken-schema');
    expect(status).not.toBe(0);
    // A missing required field
    expect(output).toMatch(
      /"sources\/missing-standing\.yaml"[^\n]*missing the following required fields:[\s│]*• standing/,
    );
    // A field the schema does not know
    expect(output).toMatch(/"sources\/unknown-field\.yaml"[^\n]*extra fields:[\s│]*• popularity/);
    // Broken YAML
    expect(output).toMatch(/"sources\/broken-yaml\.yaml" failed with YAMLParseError/);
    // A wrong type in a nested figure
    expect(output).toMatch(
      /"certifications\/cpc\.yaml"[^\n]*incompatible fields:[\s│]*• value: "a hundred"/,
    );
  });

  it('fails on bad enums and dangling references, naming each file and field', () => {
    const { status, output } = buildContent('content-broken-refs');
    expect(status).toBe(1);
    expect(output).toContain(
      'content/sources/bls.yaml › standing: "tertiary" is not one of "primary", "secondary"',
    );
    expect(output).toContain(
      'content/occupations/29-2072.yaml › figures[0].source: no source "no-such-source" (looked in content/sources/)',
    );
    expect(output).toContain(
      'content/jobs/medical-coder.yaml › family: "plumbing" is not one of "coding", "billing", "both", "adjacent"',
    );
    expect(output).toContain(
      'content/jobs/medical-coder.yaml › certifications[0]: no certification "cpc" (looked in content/certifications/)',
    );
    expect(output).toContain(
      'content/jobs/medical-coder.yaml › nextSteps[0]: no jobTitle "astronaut" (looked in content/jobs/)',
    );
    expect(output).toContain(
      'content/jobs/medical-coder.yaml › occupationMatch.onetTitle: "Coding Wizard" is not the name or an alias',
    );
    expect(output).toContain(
      'content/outlook.yaml › groups[0].occupations[1]: no occupation "99-9999" (looked in content/occupations/)',
    );
    expect(output).toContain(
      'content/claim-journey.yaml › denialLoop.from: no step "denials" (the ids under steps)',
    );
    expect(output).toContain(
      'content/first-job/entry-titles.yaml › titles[0].job: no jobTitle "astronaut" (looked in content/jobs/)',
    );
    expect(output).toContain(
      'content/first-job/entry-titles.yaml › titles[0].beginners: "never" is not one of "often", "sometimes"',
    );
    for (const line of [
      'content/try/icd10cm-codes.yaml › codes[1].code: "99213" is not an ICD-10-CM code',
      'content/try/icd10cm-codes.yaml › codes[1].description: is empty',
      'content/try/sets/coding.yaml › cases[0].answer: "cough" is not one of its options\' ids',
      'content/try/sets/coding.yaml › cases[0].options[1].code: "J18.9" is not in the code list (content/try/icd10cm-codes.yaml)',
      'content/try/sets/coding.yaml › cases[0].options[2]: needs either a code or a label, not both',
      'content/try/sets/coding.yaml › cases[0].options[3]: needs a why: the reason it is not the answer',
      'content/try/sets/coding.yaml › cases[0].sources[0]: no source "no-such-source" (looked in content/sources/)',
    ]) {
      expect(output).toContain(line);
    }
    expect(output).toContain(
      'content/answers/claims/six-figures.yaml › verdict: "maybe" is not one of "true", "partly-true", "misleading", "false", "outdated"',
    );
    expect(output).toContain(
      'content/answers/claims/six-figures.yaml › evidence[0].source: no source "no-such-source" (looked in content/sources/)',
    );
  });

  it('checks BLS release files like any other content, naming each file and field', () => {
    const { status, output } = buildContent('content-broken-bls');
    expect(status).toBe(1);
    const file = 'content/bls/oews-2025.yaml';
    for (const line of [
      `${file} › occupations[0].figures[1]: median-pay (usd-per-year, May 2025, OH) is given twice (first in bls/oews-2025.yaml occupations[0].figures[0])`,
      `${file} › occupations[0].figures[2].place: "ZZ" is not a two-letter US state code`,
      `${file} › occupations[0].figures[3].measure: "height" is not one of`,
      `${file} › occupations[0].figures[4].unit: "usd-per-week" is not one of`,
      `${file} › occupations[0].figures[4].bound: "at-most" is not one of "at-least"`,
      `${file} › occupations[0].figures[5].source: no source "no-such-source" (looked in content/sources/)`,
      `${file} › occupations[0].notPublished[0]: median-pay (usd-per-year, May 2025, OH) is given twice`,
      `${file} › occupations[1].code: no occupation "99-9999" (looked in content/occupations/)`,
    ]) {
      expect(output).toContain(line);
    }
  });
});
