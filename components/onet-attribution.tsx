/** The attribution the O*NET licence (CC BY 4.0) asks for, on every page that uses its data. */
export function OnetAttribution({ siteName }: { siteName: string }) {
  return (
    <p>
      This site includes information from the{' '}
      <a href="https://www.onetcenter.org/database.html">O*NET 27.0 Database</a> by the U.S.
      Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the{' '}
      <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> license. O*NET® is a
      trademark of USDOL/ETA. {siteName} has modified all or some of this information. USDOL/ETA has
      not approved, endorsed, or tested these modifications.
    </p>
  );
}
