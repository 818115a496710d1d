// Parses a built page into a DOM without a browser. happy-dom's parser runs no scripts and treats
// <noscript> contents as markup, as a browser with JavaScript off does.
import { Window, type Document } from 'happy-dom';

/** The page's document. One window per page: happy-dom keeps state per window. */
export function parseHtml(html: string): Document {
  const window = new Window();
  const document = new window.DOMParser().parseFromString(html, 'text/html');
  void window.happyDOM.close();
  return document;
}
