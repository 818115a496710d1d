import { Notice } from '@/components/ui/notice';

/**
 * Without JavaScript the search box cannot run (the site is static: no server reads ?q=), so the
 * page says so plainly, also to someone who searched from the home page, and points to the list.
 */
export function NoScriptSearch() {
  return (
    <noscript>
      <Notice>
        <strong>The search needs JavaScript</strong>, which is off in this browser, so it cannot
        look up what you typed. Every job title is listed below by family:{' '}
        <a href="#all-titles">go to the list</a>, or use your browser&rsquo;s &ldquo;Find in
        page&rdquo; to look for a word.
      </Notice>
    </noscript>
  );
}
