/** A schema.org block; `json` comes from lib/structured-data.ts, already serialised and escaped. */
export function JsonLd({ json }: { json: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
