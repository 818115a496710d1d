// A job title's pay: the spread published with its headline median, the words for where a level
// sits, and the title pages built from the real content.
import { describe, expect, it } from 'vitest';
import { JOB_LEVELS } from '@/lib/content/vocabulary';
import { LEVEL_PAY_POSITIONS, paySpread } from '@/lib/finder';
import { getJobTitleProfile } from '@/lib/finder/server';
import { byId, PAY_FIGURES } from '../fixtures/finder/pay-figures';

describe('paySpread', () => {
  it('takes the percentiles of the median own period and source, low to high', () => {
    const spread = paySpread(PAY_FIGURES, byId('us-median-2024'));
    expect(spread?.map((figure) => figure.id)).toEqual([
      'us-p10-2024',
      'us-p25-2024',
      'us-p90-2024',
    ]);
  });

  it('gives no spread when the 90th percentile of that period and source is missing', () => {
    // May 2025 has a 10th percentile only; the May 2024 90th is of another period.
    expect(paySpread(PAY_FIGURES, byId('us-median-2025'))).toBeUndefined();
  });

  it('never mixes in a percentile of another source or place', () => {
    expect(paySpread(PAY_FIGURES, byId('us-median-2024-other'))).toBeUndefined();
    expect(paySpread(PAY_FIGURES, byId('dc-median-2024'))).toBeUndefined();
  });
});

describe('LEVEL_PAY_POSITIONS', () => {
  it('puts entry titles near the low end and senior and lead titles high, in words only', () => {
    expect(LEVEL_PAY_POSITIONS.entry).toContain('low end');
    expect(LEVEL_PAY_POSITIONS.mid).toContain('middle');
    expect(LEVEL_PAY_POSITIONS.senior).toContain('upper part');
    expect(LEVEL_PAY_POSITIONS.lead).toContain('high end');
    for (const level of JOB_LEVELS) expect(LEVEL_PAY_POSITIONS[level]).not.toMatch(/\d/);
  });
});

describe('job-title pay from the content', () => {
  it('shows the occupation median with where the level sits', () => {
    const { pay, occupation } = getJobTitleProfile('medical-coder');
    expect(occupation.match).toEqual({ kind: 'onet', onetTitle: 'Medical Coder' });
    expect(pay.kind).toBe('shown');
    if (pay.kind !== 'shown') return;
    expect(pay.median.headline.measure).toBe('median-pay');
    expect(pay.median.headline.measureLabel).toBe('Median pay');
    expect(pay.position).toBe(LEVEL_PAY_POSITIONS.entry);
    for (const figure of pay.spread ?? []) {
      expect(figure.citation.asOf).toBe(pay.median.headline.citation.asOf);
    }
  });

  it('shows no figure for a supervisor whose nearest occupation is the managers', () => {
    const profile = getJobTitleProfile('coding-supervisor');
    expect(profile.occupation.code).toBe('11-9111');
    expect(profile.occupation.match.kind).toBe('nearest');
    expect(profile.pay).toEqual({ kind: 'none', why: 'misleads' });
  });

  it('puts titles under the occupation O*NET lists their own name under', () => {
    const billing = getJobTitleProfile('billing-manager');
    expect(billing.occupation.code).toBe('11-9199');
    expect(billing.occupation.match).toMatchObject({ kind: 'onet', onetTitle: 'Billing Manager' });
    const practice = getJobTitleProfile('practice-manager');
    expect(practice.occupation.code).toBe('43-1011');
    expect(practice.occupation.match).toMatchObject({
      kind: 'onet',
      onetTitle: 'Practice Manager',
    });
    expect(getJobTitleProfile('billing-supervisor').occupation.code).toBe('43-1011');
  });
});
