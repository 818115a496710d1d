import { describe, expect, it } from 'vitest';
import { totalCostSentences, totalMonthsSentences } from '@/lib/planner';

describe("the plan's totals in words", () => {
  const totals = {
    months: { min: 12, max: 24 },
    monthsUnknown: ['Apply for first jobs'],
    cost: { min: 2615, max: 8189 },
    costUnknown: ['Get this year’s code books', 'Join a study group'],
  };

  it('names the one step the months leave out, and why', () => {
    expect(totalMonthsSentences(totals)).toEqual([
      'About 12 to 24 months of steps before you apply for jobs.',
      'Not counted: the step “Apply for first jobs”, as no source says how long it takes.',
    ]);
  });

  it('names every step the cost leaves out', () => {
    expect(totalCostSentences(totals)[1]).toBe(
      'Not counted: the steps “Get this year’s code books” and “Join a study group”, as we found no price for them.',
    );
  });

  it('says only the total when every step is counted', () => {
    expect(totalMonthsSentences({ ...totals, monthsUnknown: [] })).toHaveLength(1);
  });
});
