import { describe, expect, it } from 'vitest';
import { getMessages } from '@/lib/i18n/messages';
import { totalCostSentences, totalMonthsSentences } from '@/lib/planner';

const en = { locale: 'en', m: getMessages('en').plan } as const;
const es = { locale: 'es', m: getMessages('es').plan } as const;

describe("the plan's totals in words", () => {
  const totals = {
    months: { min: 12, max: 24 },
    monthsUnknown: ['Apply for first jobs'],
    cost: { min: 2615, max: 8189 },
    costUnknown: ['Get this year’s code books', 'Join a study group'],
  };

  it('names the one step the months leave out, and why', () => {
    expect(totalMonthsSentences(totals, en)).toEqual([
      'About 12 to 24 months of steps before you apply for jobs.',
      'Not counted: the step “Apply for first jobs”, as no source says how long it takes.',
    ]);
  });

  it('names every step the cost leaves out', () => {
    expect(totalCostSentences(totals, en)[1]).toBe(
      'Not counted: the steps “Get this year’s code books” and “Join a study group”, as we found no price for them.',
    );
  });

  it('says only the total when every step is counted', () => {
    expect(totalMonthsSentences({ ...totals, monthsUnknown: [] }, en)).toHaveLength(1);
  });

  it('says the same totals in Spanish', () => {
    expect(totalMonthsSentences(totals, es)).toEqual([
      'Alrededor de 12 a 24 meses de pasos antes de solicitar empleos.',
      'No se cuenta: el paso “Apply for first jobs”, porque ninguna fuente dice cuánto tiempo toma.',
    ]);
    expect(totalCostSentences(totals, es)).toEqual([
      'Alrededor de $2,615 a $8,189 en su primer año.',
      'No se cuentan: los pasos “Get this year’s code books” y “Join a study group”, porque no encontramos su precio.',
    ]);
  });
});
