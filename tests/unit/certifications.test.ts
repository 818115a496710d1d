// The certification comparison: rows built from the real content, the filter and sort on fixtures
// (unknown figures always last), the query in the address, the helpers of each credential's page,
// and the two pages' view models.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CERTIFICATION_COLUMNS,
  DEFAULT_QUERY,
  applyCertificationQuery,
  billingAlternatives,
  bodiesIn,
  buildCertificationRows,
  certificationMetadata,
  certificationQueryString,
  certificationSourceIds,
  certificationWords,
  examFacts,
  filterCertifications,
  isKnownFact,
  jobTitlesListing,
  parseCertificationQuery,
  rowFigures,
  shownCountMessage,
  sortCertifications,
  unknownCells,
  type CertificationFacets,
  type CertificationLike,
  type JobTitleLike,
  type SortKey,
} from '@/lib/certifications';
import { citeFigure } from '@/lib/citations';
import { getCertifications, getRoles, getSource } from '@/lib/content';

/** A credential with only the fields the builders read; figures are given per test. */
function fixture(
  overrides: Partial<CertificationLike> & Pick<CertificationLike, 'slug' | 'acronym'>,
): CertificationLike {
  return {
    name: `${overrides.acronym} name`,
    issuer: 'AAPC',
    roles: ['coder'],
    level: 'entry',
    eligibility: 'A high school diploma.',
    exam: {},
    renewal: {},
    officialUrl: 'https://example.org/',
    sources: ['fixture-source'],
    ...overrides,
  };
}

const figure = (value: number, unit: 'questions' | 'minutes' | 'usd', valueMax?: number) => ({
  value,
  ...(valueMax === undefined ? {} : { valueMax }),
  unit,
  asOf: '2025',
  source: `fixture-${unit}`,
});

const FIXTURES: CertificationLike[] = [
  fixture({
    slug: 'zeta',
    acronym: 'ZETA',
    roles: ['biller'],
    issuer: 'HFMA',
    exam: { questions: figure(75, 'questions'), fee: figure(400, 'usd') },
  }),
  fixture({
    slug: 'alpha',
    acronym: 'ALPHA',
    exam: { questions: figure(100, 'questions'), fee: figure(399, 'usd', 499) },
  }),
  fixture({ slug: 'beta', acronym: 'BETA', issuer: 'AHIMA', level: 'advanced' }),
  fixture({
    slug: 'gamma',
    acronym: 'GAMMA',
    roles: ['coder', 'biller'],
    level: 'specialty',
    exam: { questions: figure(100, 'questions'), minutes: figure(240, 'minutes') },
  }),
  fixture({ slug: 'delta', acronym: 'DELTA', roles: ['biller'], issuer: 'AMBA' }),
];

const facets = buildCertificationRows(FIXTURES, (shown) => shown, 'en').map((row) => row.facets);
const EN = certificationWords('en');
const ES = certificationWords('es');
const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);

/**
 * The most cells of the table that may lack their fact. Issue 10 asks for at most 10; the sources
 * this site trusts leave 12: CHDA and CDIP (eligibility, questions, length, fee each), the CPPM,
 * CHPS and CMRS fees and the CMRS question count. (CDEO and CIC show AAPC's older, labelled price.)
 * Lower this as facts are added.
 */
const UNKNOWN_CELL_BUDGET = 12;

describe('certification rows from the real content', () => {
  const certifications = getCertifications('en');
  const rows = buildCertificationRows(certifications, (figure) => citeFigure(figure), 'en');

  it('has a row for each of the 20 credentials, in acronym order', () => {
    expect(rows).toHaveLength(20);
    expect(slugs(rows)).toEqual(slugs(certifications));
    expect(rows[0]?.slug).toBe('cbcs');
  });

  it('gives every row one cell per column, in column order', () => {
    const columns = CERTIFICATION_COLUMNS.map((column) => column.id);
    for (const row of rows) expect(row.cells.map((cell) => cell.column)).toEqual(columns);
  });

  it('takes each figure cell straight from the content, or leaves it unknown', () => {
    const cpc = rows.find((row) => row.slug === 'cpc');
    const cpcContent = certifications.find((cert) => cert.slug === 'cpc');
    const fee = cpc?.cells.find((cell) => cell.column === 'fee');
    const cpcFee = cpcContent?.exam.fee;
    expect(cpcFee).toBeDefined();
    if (cpcFee) expect(fee).toEqual({ column: 'fee', kind: 'figure', figure: citeFigure(cpcFee) });
    const cmrsFee = rows
      .find((row) => row.slug === 'cmrs')
      ?.cells.find((cell) => cell.column === 'fee');
    const cmrsReason = certifications.find((cert) => cert.slug === 'cmrs')?.unpublished?.fee;
    expect(cmrsReason).toMatch(/AMBA/);
    expect(cmrsFee).toEqual({
      column: 'fee',
      kind: 'figure',
      figure: undefined,
      unpublished: cmrsReason,
    });
  });

  it('gives every figure a source link and an as-of date', () => {
    const figures = rows.flatMap(rowFigures);
    expect(figures.length).toBeGreaterThan(40);
    for (const shown of figures) {
      expect(shown.citation.href).toMatch(/^\/sources\/#/);
      expect(shown.citation.asOf.trim()).not.toBe('');
    }
  });

  it('links each credential to its page', () => {
    expect(rows.find((row) => row.slug === 'ccs-p')?.cells[0]).toMatchObject({
      kind: 'credential',
      href: '/certifications/ccs-p/',
    });
  });

  it('lists every source a credential page cites, and each resolves', () => {
    for (const cert of certifications) {
      const ids = certificationSourceIds(cert);
      expect(ids).toEqual(expect.arrayContaining(cert.sources));
      for (const id of ids) expect(() => getSource(id)).not.toThrow();
    }
  });

  it('keeps only biller credentials when filtered by role', () => {
    const billers = filterCertifications(
      rows.map((row) => row.facets),
      { ...DEFAULT_QUERY, role: 'biller' },
    );
    expect(slugs(billers)).toEqual(['cbcs', 'cmrs', 'cpb', 'cpco', 'cpma', 'cppm', 'crcr']);
  });

  it('offers the five issuing bodies', () => {
    expect(bodiesIn(certifications)).toEqual(['AAPC', 'AHIMA', 'AMBA', 'NHA', 'HFMA']);
  });

  it('finds that AHIMA has no billing credential, and points to the entry-level ones', () => {
    expect(slugs(billingAlternatives(certifications, 'AHIMA') ?? [])).toEqual([
      'cbcs',
      'cmrs',
      'cpb',
      'crcr',
    ]);
    expect(billingAlternatives(certifications, 'AAPC')).toBeNull();
  });

  it('leaves few unknown cells, and each one says why from the content', () => {
    const unknown = unknownCells(rows);
    expect(unknown.length).toBeLessThanOrEqual(UNKNOWN_CELL_BUDGET);
    for (const cell of unknown) expect(cell.reason?.trim()).toBeTruthy();
  });

  it('files privacy, data and HIM management credentials under neither role, with a serves text', () => {
    const neither = certifications.filter((cert) => cert.roles.length === 0);
    expect(slugs(neither)).toEqual(['chda', 'chps', 'rhia']);
    for (const cert of neither) expect(cert.serves?.trim()).toBeTruthy();
    expect(certifications.find((cert) => cert.slug === 'cppm')?.roles).toEqual(['coder', 'biller']);
  });

  it('has the sourced rule that no law requires billers to be certified', () => {
    const biller = getRoles().find((role) => role.slug === 'biller');
    expect(biller?.certificationRule?.text).toMatch(/no state or federal rule/i);
    expect(() => getSource(biller?.certificationRule?.source ?? '')).not.toThrow();
  });
});

describe('filterCertifications', () => {
  it('combines role, body and level', () => {
    expect(
      slugs(filterCertifications(facets, { role: 'biller', body: null, level: null })),
    ).toEqual(['zeta', 'gamma', 'delta']);
    expect(
      slugs(filterCertifications(facets, { role: 'biller', body: 'AMBA', level: null })),
    ).toEqual(['delta']);
    expect(
      slugs(filterCertifications(facets, { role: 'coder', body: null, level: 'specialty' })),
    ).toEqual(['gamma']);
    expect(filterCertifications(facets, { role: 'coder', body: 'HFMA', level: null })).toEqual([]);
  });

  it('keeps everything with no filter', () => {
    expect(filterCertifications(facets, DEFAULT_QUERY)).toEqual(facets);
  });
});

describe('sortCertifications', () => {
  it('sorts by acronym', () => {
    expect(slugs(sortCertifications(facets, 'acronym'))).toEqual([
      'alpha',
      'beta',
      'delta',
      'gamma',
      'zeta',
    ]);
  });

  it('puts unknown fees last, and a range by its lower end', () => {
    expect(slugs(sortCertifications(facets, 'fee'))).toEqual([
      'alpha',
      'zeta',
      'beta',
      'delta',
      'gamma',
    ]);
  });

  it('breaks ties by acronym and puts unknown question counts last', () => {
    expect(slugs(sortCertifications(facets, 'questions'))).toEqual([
      'zeta',
      'alpha',
      'gamma',
      'beta',
      'delta',
    ]);
  });

  it('does not change its input', () => {
    const before = slugs(facets);
    sortCertifications(facets, 'minutes');
    expect(slugs(facets)).toEqual(before);
  });

  it('always returns a permutation with known values rising, then the unknowns', () => {
    const item = fc.record({
      slug: fc.uuid(),
      acronym: fc.string({ minLength: 1, maxLength: 5 }),
      fee: fc.option(fc.integer({ min: 0, max: 1000 })),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const input: CertificationFacets[] = items.map((entry) => ({
          ...entry,
          issuer: 'AAPC',
          roles: ['coder'],
          level: 'entry',
          questions: null,
          minutes: null,
        }));
        const sorted = sortCertifications(input, 'fee');
        expect([...slugs(sorted)].sort()).toEqual([...slugs(input)].sort());
        const fees = sorted.map((entry) => entry.fee);
        const firstUnknown = fees.indexOf(null);
        const known = firstUnknown === -1 ? fees : fees.slice(0, firstUnknown);
        if (firstUnknown !== -1)
          expect(fees.slice(firstUnknown).every((fee) => fee === null)).toBe(true);
        known.forEach((fee, index) => {
          if (index > 0) expect(fee).toBeGreaterThanOrEqual(known[index - 1] ?? 0);
        });
      }),
    );
  });

  it('filters, then sorts', () => {
    expect(
      slugs(applyCertificationQuery(facets, { ...DEFAULT_QUERY, role: 'biller', sort: 'fee' })),
    ).toEqual(['zeta', 'delta', 'gamma']);
  });
});

describe('the query in the address', () => {
  it('reads role, body, level and sort, in any case', () => {
    expect(parseCertificationQuery('?role=Biller&body=aapc&level=ENTRY&sort=fee')).toEqual({
      role: 'biller',
      body: 'AAPC',
      level: 'entry',
      sort: 'fee',
    });
  });

  it('ignores values it does not know', () => {
    const tampered = '?role=plumber&body=<script>&level=&sort=price&extra=1';
    expect(parseCertificationQuery(tampered)).toEqual(DEFAULT_QUERY);
    expect(parseCertificationQuery('')).toEqual(DEFAULT_QUERY);
  });

  it('writes nothing for the default and round-trips any state', () => {
    expect(certificationQueryString(DEFAULT_QUERY)).toBe('');
    const sorts: SortKey[] = ['acronym', 'questions', 'minutes', 'fee'];
    for (const sort of sorts) {
      const query = { role: 'coder', body: 'AHIMA', level: 'advanced', sort } as const;
      expect(parseCertificationQuery(certificationQueryString(query))).toEqual(query);
    }
    expect(certificationQueryString({ ...DEFAULT_QUERY, role: 'biller', body: 'AAPC' })).toBe(
      '?role=biller&body=AAPC',
    );
  });
});

describe('shownCountMessage', () => {
  it('says how many credentials are shown', () => {
    expect(shownCountMessage(20, 20, EN)).toBe('Showing all 20 credentials.');
    expect(shownCountMessage(7, 20, EN)).toBe('Showing 7 of 20 credentials.');
    expect(shownCountMessage(0, 20, EN)).toBe('No credential matches these filters (0 of 20).');
  });

  it('says it in Spanish on a Spanish page', () => {
    expect(shownCountMessage(20, 20, ES)).toBe('Se muestran las 20 credenciales.');
    expect(shownCountMessage(7, 20, ES)).toBe('Se muestran 7 de 20 credenciales.');
    expect(shownCountMessage(0, 20, ES)).toBe('Ninguna credencial cumple estos filtros (0 de 20).');
  });
});

describe('a credential page', () => {
  it('lists every exam fact, marking the unknown ones', () => {
    const facts = examFacts(
      { questions: figure(100, 'questions'), openBook: 'Yes.' },
      (f) => f,
      EN,
    );
    expect(facts.map((fact) => fact.id)).toEqual([
      'format',
      'questions',
      'minutes',
      'passingScore',
      'fee',
      'openBook',
    ]);
    expect(facts.find((fact) => fact.id === 'format')).toMatchObject({ text: undefined });
    expect(facts.find((fact) => fact.id === 'minutes')).toMatchObject({ figure: undefined });
    expect(facts.find((fact) => fact.id === 'questions')).toMatchObject({ figure: { value: 100 } });
    expect(facts.filter(isKnownFact).map((fact) => fact.id)).toEqual(['questions', 'openBook']);
    expect(examFacts({}, (f) => f, EN).some(isKnownFact)).toBe(false);
  });

  it("labels the exam facts in the page's language", () => {
    expect(examFacts({}, (f) => f, EN).map((fact) => fact.label)).toContain('Passing score');
    expect(examFacts({}, (f) => f, ES).map((fact) => fact.label)).toContain('Puntaje para aprobar');
  });

  it('adds figure sources the credential does not list', () => {
    const cert = fixture({
      slug: 'alpha',
      acronym: 'ALPHA',
      sources: ['fixture-questions', 'listed'],
      exam: { questions: figure(100, 'questions'), fee: figure(399, 'usd') },
    });
    expect(certificationSourceIds(cert)).toEqual(['fixture-questions', 'listed', 'fixture-usd']);
  });

  it('lists the job titles that name the credential, by name', () => {
    const titles: JobTitleLike[] = [
      { slug: 'b', name: 'Medical coder', level: 'entry', certifications: ['cpc', 'cca'] },
      { slug: 'a', name: 'Coding auditor', level: 'senior', certifications: ['cpma', 'cpc'] },
      { slug: 'c', name: 'Medical biller', level: 'entry', certifications: ['cpb'] },
    ];
    expect(jobTitlesListing(titles, 'cpc', EN)).toEqual([
      { slug: 'a', name: 'Coding auditor', level: 'senior' },
      { slug: 'b', name: 'Medical coder', level: 'entry level' },
    ]);
    expect(jobTitlesListing(titles, 'cpc', ES).map((title) => title.level)).toEqual([
      'nivel avanzado',
      'nivel inicial',
    ]);
  });

  const ccsP = {
    slug: 'ccs-p',
    acronym: 'CCS-P',
    name: 'Certified Coding Specialist-Physician-based',
    issuer: 'AHIMA',
    proves: 'That you can code.',
  } as const;

  it('builds the metadata once, with the page address', () => {
    const metadata = certificationMetadata(ccsP, 'en');
    expect(metadata.path).toBe('/certifications/ccs-p/');
    expect(metadata.title).toBe(
      'CCS-P (Certified Coding Specialist-Physician-based): exam, fee, eligibility and renewal',
    );
    expect(metadata.description).toContain('That you can code.');
  });

  it('builds the Spanish metadata, keeping the credential name and the English path', () => {
    const metadata = certificationMetadata({ ...ccsP, proves: 'Que sabe codificar.' }, 'es');
    // pageMetadata puts the English path under /es/ and links both languages.
    expect(metadata.path).toBe('/certifications/ccs-p/');
    expect(metadata.title).toBe(
      'CCS-P (Certified Coding Specialist-Physician-based): examen, precio, requisitos y renovación',
    );
    expect(metadata.description).toContain('Qué demuestra: Que sabe codificar.');
  });
});
