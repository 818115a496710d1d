import { onetAttributionParts } from '@/lib/finder';

/** The attribution the O*NET licence (CC BY 4.0) asks for, on every page that uses its data. */
export function OnetAttribution({ siteName, release }: { siteName: string; release: string }) {
  return (
    // The licence asks for this wording, so it is quoted word for word (in English, on Spanish pages
    // too) and not plain-worded.
    <p data-prose="exempt" lang="en">
      {onetAttributionParts(release, { subject: 'This site', siteName }).map((part) =>
        part.href ? (
          <a key={part.text} href={part.href}>
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
