// How the site names the source of a fact: "(BLS, May 2024)", or for a secondary source "(BLS, May
// 2025, as reported by X)", as the sourcing rules ask. Views get a resolved Citation and only render it.
import { getSource, type Figure, type Source } from '../content';
import { periodText } from '../content/period';
import { formatFigure } from '../format';
import type { Locale } from '../i18n';
import { routesFor } from '../routes';

export interface Citation {
  href: string;
  publisher: string;
  /** The publisher's acronym where its name ends in one ("... (BLS)" -> "BLS"), for tight tables. */
  shortPublisher: string;
  secondary: boolean;
  /** For a secondary source: whom it cites. */
  citing?: string;
  /** The period or edition the fact is from, e.g. "May 2024" ("mayo de 2024"). */
  asOf: string;
  /** The language of the page it is shown on: the words around it follow. */
  locale: Locale;
}

/** A figure ready to show: its formatted value and what says where it comes from. */
export interface CitedFigureView {
  text: string;
  label?: string;
  note?: string;
  citation: Citation;
}

type CitableSource = Pick<Source, 'id' | 'publisher' | 'standing' | 'citing'>;
type CitableFigure = Pick<
  Figure,
  'value' | 'valueMax' | 'unit' | 'asOf' | 'source' | 'label' | 'note' | 'bound'
>;

export function shortPublisher(publisher: string): string {
  const match = /\(([A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)*)\)\s*$/.exec(publisher);
  return match?.[1] ?? publisher;
}

/** The citation of a source for a fact of the given period (pure: the source is given). */
export function citationOf(source: CitableSource, asOf: string, locale: Locale = 'en'): Citation {
  return {
    href: routesFor(locale).source(source.id),
    publisher: source.publisher,
    shortPublisher: shortPublisher(source.publisher),
    secondary: source.standing === 'secondary',
    ...(source.citing ? { citing: shortPublisher(source.citing) } : {}),
    asOf: periodText(asOf, locale),
    locale,
  };
}

/** The citation of a source by its id in the content. */
export function cite(sourceId: string, asOf: string, locale: Locale = 'en'): Citation {
  return citationOf(getSource(sourceId, locale), asOf, locale);
}

/** A source's citation dated by its own edition (for facts that carry no date of their own). */
export function citeEdition(sourceId: string, locale: Locale = 'en'): Citation {
  const source = getSource(sourceId, locale);
  return citationOf(source, source.edition, locale);
}

/** A content figure with its value formatted and its source resolved. */
export function citeFigure(
  figure: CitableFigure,
  options: { signed?: boolean; locale?: Locale } = {},
): CitedFigureView {
  return {
    text: formatFigure(figure, options),
    ...(figure.label ? { label: figure.label } : {}),
    ...(figure.note ? { note: figure.note } : {}),
    citation: cite(figure.source, figure.asOf, options.locale),
  };
}
