import { describe, expect, it } from 'vitest';
import {
  columnReader,
  mergeOccupations,
  oewsFileName,
  parseCsv,
  projectionsPeriod,
  readCell,
  readOewsSheet,
  readProjectionsTable,
  readTopCodedWages,
  toYaml,
  type Row,
} from '@/lib/bls';

describe('oewsFileName', () => {
  it.each([
    ['oesm25nat.zip', { kind: 'national', year: 2025, period: 'May 2025' }],
    ['oesm24st.zip', { kind: 'state', year: 2024, period: 'May 2024' }],
    ['national_M2025_dl.xlsx', { kind: 'national', year: 2025, period: 'May 2025' }],
    ['oesm25st/state_M2025_dl.xlsx', { kind: 'state', year: 2025, period: 'May 2025' }],
    ['state_M2023_dl.csv', { kind: 'state', year: 2023, period: 'May 2023' }],
  ])('%s', (name, expected) => {
    expect(oewsFileName(name)).toEqual(expected);
  });

  it('ignores files that are not national or state OEWS files', () => {
    for (const name of ['MSA_M2025_dl.xlsx', 'oesm25ma.zip', 'occupation.xlsx', 'notes.txt']) {
      expect(oewsFileName(name)).toBeUndefined();
    }
  });
});

describe('projectionsPeriod', () => {
  it('reads the period of a header, with an en dash or a hyphen', () => {
    expect(projectionsPeriod('Employment change, percent, 2024–34')).toEqual({
      start: 2024,
      end: 2034,
      period: '2024-34',
    });
    expect(projectionsPeriod('2095-05')).toEqual({ start: 2095, end: 2105, period: '2095-05' });
    expect(projectionsPeriod('Employment, 2024')).toBeUndefined();
  });
});

describe('readCell', () => {
  it('maps BLS symbols to not published or top-coded, never to a number', () => {
    expect(readCell('*')).toEqual({ kind: 'not-published' });
    expect(readCell('**')).toEqual({ kind: 'not-published' });
    expect(readCell('#')).toEqual({ kind: 'top-coded' });
    expect(readCell('')).toEqual({ kind: 'empty' });
    expect(readCell(null)).toEqual({ kind: 'empty' });
  });

  it('reads numbers, also stored as text with thousands separators', () => {
    expect(readCell(51000)).toEqual({ kind: 'number', value: 51000 });
    expect(readCell('48,310')).toEqual({ kind: 'number', value: 48310 });
    expect(readCell(' 24.16 ')).toEqual({ kind: 'number', value: 24.16 });
  });

  it('refuses any other text', () => {
    expect(() => readCell('~')).toThrow('"~" is neither a number nor a BLS symbol');
    expect(() => readCell('n/a')).toThrow();
  });
});

describe('columnReader', () => {
  it('finds columns by header, in any order and case', () => {
    const column = columnReader(['occ_code', 'A_MEDIAN', 'Area_Type'], ['AREA_TYPE', 'OCC_CODE']);
    expect(column(['29-2072', 5, '2'], 'OCC_CODE')).toBe('29-2072');
    expect(column(['29-2072', 5, '2'], 'AREA_TYPE')).toBe('2');
  });

  it('names every missing column', () => {
    expect(() => columnReader(['OCC_CODE'], ['OCC_CODE', 'A_MEDIAN', 'TOT_EMP'])).toThrow(
      'missing column(s) A_MEDIAN, TOT_EMP',
    );
  });
});

// A small OEWS sheet with its columns in another order than BLS's, to prove the lookup is by name.
const HEADER = [
  'A_MEDIAN',
  'OCC_CODE',
  'AREA_TYPE',
  'PRIM_STATE',
  'NAICS',
  'I_GROUP',
  'O_GROUP',
  'TOT_EMP',
  'H_MEDIAN',
  'A_MEAN',
  'H_MEAN',
  'A_PCT10',
  'A_PCT25',
  'A_PCT75',
  'A_PCT90',
  'PCT_TOTAL',
];
function oewsRow(cells: Record<string, string | number>): Row {
  const row: Record<string, string | number> = {
    NAICS: '000000',
    I_GROUP: 'cross-industry',
    O_GROUP: 'detailed',
    AREA_TYPE: 2,
    A_MEDIAN: 50000,
    H_MEDIAN: 24.04,
    A_MEAN: 51000,
    H_MEAN: 24.52,
    A_PCT10: 35000,
    A_PCT25: 42000,
    A_PCT75: 60000,
    A_PCT90: 70000,
    TOT_EMP: 1200,
    PCT_TOTAL: '~',
    ...cells,
  };
  return HEADER.map((name) => row[name] ?? '');
}
const options = {
  period: 'May 2025',
  source: 'bls-oews-2025-state',
  occupations: new Set(['29-2072', '43-3021']),
  topCoded: { hourly: 115, annual: 239200 },
};

describe('readOewsSheet', () => {
  it('reads the US and state rows of the site occupations, cross-industry and detailed only', () => {
    const rows = [
      HEADER,
      oewsRow({ OCC_CODE: '29-2072', AREA_TYPE: 1, PRIM_STATE: 'US', A_MEDIAN: 51000 }),
      oewsRow({ OCC_CODE: '29-2072', PRIM_STATE: 'OH', A_MEDIAN: 47000 }),
      oewsRow({ OCC_CODE: '29-2072', PRIM_STATE: 'DC', A_MEDIAN: 63000 }),
      // Skipped: a territory, a metro area, an industry row, an ownership row, a broad group,
      // an occupation the site does not have.
      oewsRow({ OCC_CODE: '29-2072', PRIM_STATE: 'PR', A_MEDIAN: 1 }),
      oewsRow({ OCC_CODE: '29-2072', AREA_TYPE: 4, PRIM_STATE: 'OH', A_MEDIAN: 2 }),
      oewsRow({
        OCC_CODE: '29-2072',
        PRIM_STATE: 'OH',
        NAICS: '621000',
        I_GROUP: '3-digit',
        A_MEDIAN: 3,
      }),
      oewsRow({
        OCC_CODE: '29-2072',
        PRIM_STATE: 'OH',
        I_GROUP: 'cross-industry, ownership',
        A_MEDIAN: 4,
      }),
      oewsRow({ OCC_CODE: '43-3021', PRIM_STATE: 'OH', O_GROUP: 'broad', A_MEDIAN: 5 }),
      oewsRow({ OCC_CODE: '47-2061', PRIM_STATE: 'OH', A_MEDIAN: 6 }),
    ];
    const [coders, ...others] = readOewsSheet(rows, options);
    expect(others).toEqual([]);
    const medians = coders?.figures.filter(
      (figure) => figure.measure === 'median-pay' && figure.unit === 'usd-per-year',
    );
    expect(medians?.map((figure) => [figure.place, figure.value])).toEqual([
      [undefined, 51000],
      ['OH', 47000],
      ['DC', 63000],
    ]);
    expect(
      coders?.figures.find((figure) => figure.place === 'OH' && figure.measure === 'pay-p90'),
    ).toEqual({
      measure: 'pay-p90',
      value: 70000,
      unit: 'usd-per-year',
      asOf: 'May 2025',
      source: 'bls-oews-2025-state',
      place: 'OH',
    });
    // Nine measures for each of three places.
    expect(coders?.figures).toHaveLength(27);
  });

  it('records * and ** as not published and # as at least the top-coded wage', () => {
    const rows = [
      HEADER,
      oewsRow({
        OCC_CODE: '29-2072',
        PRIM_STATE: 'OH',
        TOT_EMP: '**',
        A_MEDIAN: '*',
        H_MEDIAN: '*',
      }),
      oewsRow({ OCC_CODE: '43-3021', PRIM_STATE: 'TX', A_PCT90: '#' }),
    ];
    const [coders, billers] = readOewsSheet(rows, options);
    expect(coders?.notPublished.map((cell) => [cell.measure, cell.unit, cell.place])).toEqual([
      ['median-pay', 'usd-per-year', 'OH'],
      ['median-pay', 'usd-per-hour', 'OH'],
      ['employment', 'count', 'OH'],
    ]);
    expect(coders?.figures.some((figure) => figure.measure === 'employment')).toBe(false);
    expect(billers?.figures.find((figure) => figure.measure === 'pay-p90')).toMatchObject({
      value: 239200,
      bound: 'at-least',
    });
  });

  it('fails on # when the top-coded wage is not known, and on text it does not know', () => {
    const topCoded = [HEADER, oewsRow({ OCC_CODE: '29-2072', PRIM_STATE: 'OH', A_PCT90: '#' })];
    expect(() => readOewsSheet(topCoded, { ...options, topCoded: undefined })).toThrow(
      'row 2 (29-2072, OH), A_PCT90: "#" (at or above the top-coded wage)',
    );
    const odd = [HEADER, oewsRow({ OCC_CODE: '29-2072', PRIM_STATE: 'OH', A_MEAN: 'n/a' })];
    expect(() => readOewsSheet(odd, options)).toThrow('row 2 (29-2072, OH), A_MEAN: "n/a"');
    const twice = [
      HEADER,
      oewsRow({ OCC_CODE: '29-2072', PRIM_STATE: 'OH' }),
      oewsRow({ OCC_CODE: '29-2072', PRIM_STATE: 'OH' }),
    ];
    expect(() => readOewsSheet(twice, options)).toThrow('a second cross-industry row');
  });
});

describe('readTopCodedWages', () => {
  it('reads the top-coded wages from the field descriptions', () => {
    expect(
      readTopCodedWages(
        '# indicates a wage equal to or greater than $115.00 per hour or $239,200 per year',
      ),
    ).toEqual({ hourly: 115, annual: 239200 });
    expect(readTopCodedWages('no such note')).toBeUndefined();
  });
});

describe('readProjectionsTable', () => {
  const rows: Row[] = [
    ['Table 1.2 Occupational projections, 2024–34, and worker characteristics, 2024'],
    ['(Numbers in thousands)'],
    [
      '2024 National Employment Matrix title',
      '2024 National Employment Matrix code',
      'Occupation type',
      'Employment, 2024',
      'Employment, 2034',
      'Employment change, numeric, 2024–34',
      'Employment change, percent, 2024–34',
      'Occupational openings, 2024–34 annual average',
    ],
    ['Total, all occupations', '00-0000', 'Summary', 170000, 175000, 5000, 2.9, 18000],
    ['Medical records specialists', '29-2072', 'Line item', 194.8, 208.4, 13.6, 7, 14.2],
    ['Billing clerks', '43-3021', 'Line item', 100.1, '—', 0, 0, 9.9],
  ];
  it('reads counts in thousands as whole counts, with the period from the headers', () => {
    const table = readProjectionsTable(rows, {
      source: (period) => `bls-ep-${period}`,
      occupations: new Set(['29-2072']),
    });
    expect(table.period).toBe('2024-34');
    expect(table.occupations).toEqual([
      {
        code: '29-2072',
        figures: [
          {
            measure: 'employment',
            unit: 'count',
            asOf: '2024',
            source: 'bls-ep-2024-34',
            value: 194800,
          },
          {
            measure: 'employment',
            unit: 'count',
            asOf: '2034',
            source: 'bls-ep-2024-34',
            value: 208400,
            label: 'Projected employment',
          },
          {
            measure: 'growth',
            unit: 'percent',
            asOf: '2024-34',
            source: 'bls-ep-2024-34',
            value: 7,
            label: 'Projected change in jobs',
          },
          {
            measure: 'openings',
            unit: 'count-per-year',
            asOf: '2024-34',
            source: 'bls-ep-2024-34',
            value: 14200,
          },
        ],
        notPublished: [],
      },
    ]);
  });

  it('refuses a cell that is not a number', () => {
    expect(() =>
      readProjectionsTable(rows, { source: () => 'ep', occupations: new Set(['43-3021']) }),
    ).toThrow('"—"');
  });
});

describe('mergeOccupations', () => {
  it('joins national and state sheets per occupation, in code order', () => {
    const figure = {
      measure: 'employment',
      unit: 'count',
      asOf: 'May 2025',
      source: 's',
      value: 1,
    } as const;
    const merged = mergeOccupations([
      [{ code: '43-3021', figures: [figure], notPublished: [] }],
      [
        { code: '29-2072', figures: [], notPublished: [] },
        { code: '43-3021', figures: [{ ...figure, place: 'OH' }], notPublished: [] },
      ],
    ]);
    expect(merged.map((occupation) => [occupation.code, occupation.figures.length])).toEqual([
      ['29-2072', 0],
      ['43-3021', 2],
    ]);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and CRLF line ends', () => {
    expect(parseCsv('\uFEFFA,B\r\n"48,310","say ""hi"""\r\n*,#\r\n')).toEqual([
      ['A', 'B'],
      ['48,310', 'say "hi"'],
      ['*', '#'],
    ]);
  });
});

describe('toYaml', () => {
  it('quotes what YAML would read as a number, a date or a word', () => {
    expect(
      toYaml(
        {
          code: '29-2072',
          year: '2025',
          day: '2026-12-01',
          word: 'yes',
          text: 'May 2025',
          value: 7,
        },
        ['made by a test'],
      ),
    ).toBe(
      '# made by a test\ncode: "29-2072"\nyear: "2025"\nday: "2026-12-01"\nword: "yes"\ntext: May 2025\nvalue: 7\n',
    );
    expect(toYaml({ list: [{ a: 'x', b: undefined }], none: [] })).toBe(
      'list:\n  - a: x\nnone: []\n',
    );
  });
});
