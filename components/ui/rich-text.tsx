import { Fragment, type ReactNode } from 'react';
import { parseRichText } from '@/lib/i18n';

/** How each tag of a message renders: `{ quiz: (words) => <Link href=…>{words}</Link> }`. */
export type RichTags = Readonly<Record<string, (words: string) => ReactNode>>;

/**
 * A catalog message with links or emphasis inside it (lib/i18n/rich-text.ts). A tag the message
 * uses but `tags` lacks is a programming error: it fails loudly instead of dropping words.
 */
export function RichText({ text, tags }: { text: string; tags: RichTags }) {
  return (
    <>
      {parseRichText(text).map((part, index) => {
        if (part.kind === 'text') return <Fragment key={index}>{part.text}</Fragment>;
        const render = tags[part.tag];
        if (!render) throw new Error(`No renderer for <${part.tag}> in "${text}"`);
        return <Fragment key={index}>{render(part.text)}</Fragment>;
      })}
    </>
  );
}
