import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BAR_CHART_DEFAULTS,
  describeBars,
  estimateTextWidth,
  formatTick,
  layoutBarChart,
  niceStep,
  scaleLinear,
  tickValues,
  valueDomain,
  wrapText,
  type BarDatum,
} from '@/lib/charts';

function bar(id: string, value: number, valueLabel = String(value)): BarDatum {
  return { id, tone: 'neutral', label: `Occupation ${id}`, detail: 'May 2024', value, valueLabel };
}

const percentTick = (value: number) => formatTick(value, 'percent');

describe('niceStep', () => {
  it.each([
    [0.7, 1],
    [1, 1],
    [1.2, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [9.5, 10],
    [27_670, 50_000],
    [22_000, 25_000],
  ])('rounds %d up to %d', (rough, nice) => {
    expect(niceStep(rough)).toBe(nice);
  });

  it('rejects a zero or negative step', () => {
    expect(() => niceStep(0)).toThrow();
    expect(() => niceStep(-1)).toThrow();
  });

  it('is never smaller than the rough step and at most 2.5 times it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e7, noNaN: true }), (rough) => {
        const step = niceStep(rough);
        expect(step).toBeGreaterThanOrEqual(rough * 0.9999);
        expect(step).toBeLessThanOrEqual(rough * 2.5);
      }),
    );
  });
});

describe('valueDomain and tickValues', () => {
  it('always includes zero, since bars start there', () => {
    expect(valueDomain([40, 110])).toEqual({ min: 0, max: 110 });
    expect(valueDomain([-9, 29])).toEqual({ min: -9, max: 29 });
    expect(valueDomain([-3, -1])).toEqual({ min: -3, max: 0 });
  });

  it('gives an all-zero chart a span', () => {
    expect(valueDomain([0, 0])).toEqual({ min: 0, max: 1 });
    expect(valueDomain([])).toEqual({ min: 0, max: 1 });
  });

  it('places ticks on round values inside the domain, zero included', () => {
    expect(tickValues({ min: 0, max: 110_680 }, 4)).toEqual([0, 50_000, 100_000]);
    expect(tickValues({ min: 0, max: 90_000 }, 4)).toEqual([0, 25_000, 50_000, 75_000]);
    expect(tickValues({ min: -9, max: 29 }, 4)).toEqual([0, 10, 20]);
    expect(tickValues({ min: -0.4, max: 0 }, 4)).toEqual([-0.4, -0.3, -0.2, -0.1, 0]);
  });

  it('never returns a tick outside the domain, and always zero', () => {
    fc.assert(
      fc.property(
        // Figures as the content has them: at most one decimal.
        fc.array(
          fc.integer({ min: -10_000_000, max: 10_000_000 }).map((tenths) => tenths / 10),
          { minLength: 1, maxLength: 8 },
        ),
        fc.integer({ min: 2, max: 8 }),
        (values, count) => {
          const domain = valueDomain(values);
          const ticks = tickValues(domain, count);
          expect(ticks).toContain(0);
          for (const tick of ticks) {
            expect(tick).toBeGreaterThanOrEqual(domain.min);
            expect(tick).toBeLessThanOrEqual(domain.max);
          }
        },
      ),
    );
  });
});

describe('scaleLinear', () => {
  it('maps the domain onto the range', () => {
    const scale = scaleLinear({ min: -10, max: 30 }, { left: 10, right: 90 });
    expect(scale(-10)).toBe(10);
    expect(scale(30)).toBe(90);
    expect(scale(0)).toBe(30);
  });
});

describe('wrapText', () => {
  it('breaks at spaces, keeping lines within the limit', () => {
    expect(wrapText('Health Information Technologists and Medical Registrars', 30)).toEqual([
      'Health Information',
      'Technologists and Medical',
      'Registrars',
    ]);
  });

  it('keeps a word longer than the limit on its own line', () => {
    expect(wrapText('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('loses no word', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 20 }), (words) => {
        expect(wrapText(words.join(' '), 10).join(' ')).toBe(words.join(' '));
      }),
    );
  });
});

describe('layoutBarChart', () => {
  const growth = layoutBarChart(
    [bar('a', 7, '+7%'), bar('b', -0.4, '-0.4%'), bar('c', 29, '+29%'), bar('d', -9, '-9%')],
    { formatTick: percentTick },
  );

  it('draws negative bars to the left of the zero line and positive ones to the right', () => {
    const [a, b, c, d] = growth.bars;
    expect(a?.x).toBeCloseTo(growth.zeroX);
    expect(c?.x).toBeCloseTo(growth.zeroX);
    expect(b?.negative).toBe(true);
    expect((b?.x ?? 0) + (b?.width ?? 0)).toBeCloseTo(growth.zeroX);
    expect(d?.x).toBeLessThan(b?.x ?? 0);
  });

  it('makes bar lengths proportional to the values', () => {
    const [a, , c, d] = growth.bars;
    expect((c?.width ?? 0) / (a?.width ?? 1)).toBeCloseTo(29 / 7);
    expect((d?.width ?? 0) / (a?.width ?? 1)).toBeCloseTo(9 / 7);
  });

  it('puts value labels outside the bar end, on the side the bar grows', () => {
    const [a, b] = growth.bars;
    expect(a).toMatchObject({ valueAnchor: 'start' });
    expect(a?.valueX).toBeCloseTo((a?.x ?? 0) + (a?.width ?? 0));
    expect(a?.valueDx).toBeGreaterThan(0);
    expect(b).toMatchObject({ valueAnchor: 'end' });
    expect(b?.valueX).toBeCloseTo(b?.x ?? 0);
    expect(b?.valueDx).toBeLessThan(0);
  });

  it('keeps every value label inside the chart at its narrowest width', () => {
    const minWidth = BAR_CHART_DEFAULTS.minWidth;
    for (const geometry of growth.bars) {
      const anchorPx = (geometry.valueX / 100) * minWidth + geometry.valueDx;
      const width = estimateTextWidth(geometry.valueLabel, growth.fontSize);
      const [from, to] =
        geometry.valueAnchor === 'start'
          ? [anchorPx, anchorPx + width]
          : [anchorPx - width, anchorPx];
      expect(from).toBeGreaterThanOrEqual(-1e-9);
      expect(to).toBeLessThanOrEqual(minWidth + 1e-9);
    }
  });

  it('stacks rows downwards without overlap: label lines, detail, then the bar', () => {
    let previousBottom = 0;
    for (const geometry of growth.bars) {
      const firstLine = geometry.labelLines[0];
      expect(firstLine?.y ?? 0).toBeGreaterThan(previousBottom);
      const lastDetail = geometry.detailLines[geometry.detailLines.length - 1];
      expect(geometry.y).toBeGreaterThan(lastDetail?.y ?? 0);
      expect(geometry.valueY).toBe(geometry.y + geometry.height / 2);
      previousBottom = geometry.y + geometry.height;
    }
    expect(growth.plotBottom).toBeGreaterThanOrEqual(previousBottom);
    expect(growth.tickLabelY).toBeGreaterThan(growth.plotBottom);
    expect(growth.height).toBeGreaterThan(growth.tickLabelY);
  });

  it('places ticks on the same scale as the bars', () => {
    const zeroTick = growth.ticks.find((tick) => tick.value === 0);
    expect(zeroTick?.x).toBeCloseTo(growth.zeroX);
    expect(growth.ticks.map((tick) => tick.label)).toEqual(['0%', '10%', '20%']);
    const ten = growth.ticks.find((tick) => tick.value === 10);
    const [a] = growth.bars;
    expect(((ten?.x ?? 0) - growth.zeroX) / (a?.width ?? 1)).toBeCloseTo(10 / 7);
  });

  it('starts the zero line at the left edge when nothing is negative', () => {
    const pay = layoutBarChart([bar('a', 50_250, '$50,250'), bar('b', 110_680, '$110,680')], {
      formatTick: (value) => formatTick(value, 'usd-per-year'),
    });
    expect(pay.bars.every((geometry) => !geometry.negative)).toBe(true);
    // Only half a tick label ("$0") of room on the left.
    expect(pay.zeroX).toBeLessThan(5);
    const longest = pay.bars[1];
    expect((longest?.x ?? 0) + (longest?.width ?? 0)).toBeLessThan(100);
  });

  it('wraps long labels onto more lines, and moves the next rows down', () => {
    const short = layoutBarChart([bar('a', 1), bar('b', 2)], { formatTick: percentTick });
    const long = layoutBarChart(
      [
        {
          ...bar('a', 1),
          label: 'Medical Secretaries and Administrative Assistants in every kind of office',
        },
        bar('b', 2),
      ],
      { formatTick: percentTick },
    );
    expect(long.bars[0]?.labelLines.length).toBeGreaterThan(1);
    expect(long.bars[1]?.y).toBeGreaterThan(short.bars[1]?.y ?? 0);
  });

  it('refuses labels so wide that no room is left for the bars', () => {
    expect(() =>
      layoutBarChart([bar('a', 1, '$1,000,000,000,000,000'), bar('b', -1, '-$1,000,000,000,000')], {
        formatTick: percentTick,
      }),
    ).toThrow(/too little room/);
  });
});

describe('describeBars', () => {
  it('says every bar in words', () => {
    expect(describeBars([bar('a', 7, '+7%')])).toBe('Occupation a: +7% (May 2024).');
  });
});

describe('formatTick', () => {
  it('shortens money and marks percentages', () => {
    expect(formatTick(50_000, 'usd-per-year')).toBe('$50K');
    expect(formatTick(0, 'usd-per-year')).toBe('$0');
    expect(formatTick(-10, 'percent')).toBe('-10%');
  });
});
