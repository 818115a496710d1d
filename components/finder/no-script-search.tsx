import { Notice } from '@/components/ui/notice';
import { RichText } from '@/components/ui/rich-text';

/**
 * Without JavaScript the search box cannot run (the site is static: no server reads ?q=), so the
 * page says so plainly, also to someone who searched from the home page, and points to the list.
 */
export function NoScriptSearch({ text }: { text: string }) {
  return (
    <noscript>
      <Notice>
        <RichText
          text={text}
          tags={{
            strong: (words) => <strong>{words}</strong>,
            list: (words) => <a href="#all-titles">{words}</a>,
          }}
        />
      </Notice>
    </noscript>
  );
}
