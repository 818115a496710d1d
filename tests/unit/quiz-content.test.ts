// The quiz as built from the content: every released version can be scored.
import { describe, expect, it } from 'vitest';
import { hasScoringRule } from '@/lib/quiz';
import { getQuizDefinitions } from '@/lib/quiz/server';

describe('the released quiz versions', () => {
  it('each have the scoring rule they were released with', () => {
    const versions = getQuizDefinitions().map((definition) => definition.version);
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(hasScoringRule(version), `v${version}`).toBe(true);
  });
});
