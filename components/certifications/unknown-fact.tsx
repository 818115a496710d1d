/**
 * What the site says where a fact is not known: never a blank, never a guess. With an official
 * page, it points there.
 */
export function UnknownFact({
  officialUrl,
  officialName,
}: {
  officialUrl?: string;
  officialName?: string;
}) {
  return (
    <span className="text-slate-700 italic dark:text-slate-300">
      Not published here yet
      {officialUrl ? (
        <>
          {'; '}
          <a href={officialUrl} className="not-italic">
            check {officialName ?? 'the official page'}
          </a>
        </>
      ) : null}
      .
    </span>
  );
}
