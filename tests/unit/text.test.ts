import { describe, expect, it } from 'vitest';
import { groupByInitial } from '@/lib/text';

describe('groupByInitial', () => {
  it('groups by first letter in order, digits under #', () => {
    const groups = groupByInitial(
      ['cpt', 'Appeal', '837P', 'AR', 'CMS-1500', '837I'],
      (term) => term,
    );
    expect(groups).toEqual([
      { initial: '#', items: ['837I', '837P'] },
      { initial: 'A', items: ['Appeal', 'AR'] },
      { initial: 'C', items: ['CMS-1500', 'cpt'] },
    ]);
  });
});
