/**
 * What the site says where a fact is not known: never a blank, never a guess. With a reason from the
 * content, it says what the body does not publish; with an official page, it points there.
 */
export function UnknownFact({
  reason,
  officialUrl,
  officialName,
}: {
  reason?: string | undefined;
  officialUrl?: string;
  officialName?: string;
}) {
  const text = (reason ?? 'Not published here yet').replace(/\.$/, '');
  return (
    <span data-unknown="" className="text-slate-700 italic dark:text-slate-300">
      {text}
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
