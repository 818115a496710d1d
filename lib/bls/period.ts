// Which period a BLS file covers, read from its name as BLS publishes it.

export type OewsFileKind = 'national' | 'state';

export interface OewsFileName {
  kind: OewsFileKind;
  year: number;
  /** "May 2025": how BLS names the period, and the figures' asOf. */
  period: string;
}

/**
 * The OEWS file a name stands for: the zip ("oesm25nat.zip", "oesm25st.zip") or the sheet inside it
 * ("national_M2025_dl.xlsx", "state_M2025_dl.csv"). OEWS estimates are for May; the sheet's "_M2025_"
 * says so, the zip's "oesm" does too. Undefined for any other file.
 */
export function oewsFileName(fileName: string): OewsFileName | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const zip = /^oesm(\d{2})(nat|st)\.zip$/i.exec(base);
  if (zip) {
    const year = 2000 + Number(zip[1]);
    return {
      kind: zip[2]?.toLowerCase() === 'nat' ? 'national' : 'state',
      year,
      period: `May ${year}`,
    };
  }
  const sheet = /^(national|state)_M(\d{4})_dl\.(xlsx|csv)$/i.exec(base);
  if (sheet) {
    const year = Number(sheet[2]);
    const kind = sheet[1]?.toLowerCase() === 'national' ? 'national' : 'state';
    return { kind, year, period: `May ${year}` };
  }
  return undefined;
}

/** "2024–34" or "2024-34" in a projections header -> the period as the site writes it, "2024-34". */
export function projectionsPeriod(
  text: string,
): { start: number; end: number; period: string } | undefined {
  const match = /(\d{4})\s*[–-]\s*(\d{2})\b/.exec(text);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Math.floor(start / 100) * 100 + Number(match[2]);
  return { start, end: end < start ? end + 100 : end, period: `${start}-${match[2]}` };
}
