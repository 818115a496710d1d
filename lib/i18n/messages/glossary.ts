// The /glossary/ page: its heading, its introduction and the words around each term.
import { defineMessages } from '../define';

export const glossaryMessages = defineMessages({
  en: {
    metaTitle: 'Glossary of medical coding and billing terms',
    metaDescription:
      'Plain-language definitions of ICD-10-CM, CPT, HCPCS, CMS-1500, UB-04, EOB, ERA, denials, prior authorization, DRG, HCC and other coding and billing terms.',
    title: 'Glossary',
    intro:
      'The words coders and billers use every day, in plain language. Links to this page from the rest of the site land on the term.',
    letters: 'Glossary letters',
    /** Before the English name of a term, on pages in another language. */
    inEnglish: 'In English:',
    seeAlso: 'See also:',
  },
  es: {
    metaTitle: 'Glosario de términos de codificación y facturación médica',
    metaDescription:
      'Definiciones en palabras sencillas de ICD-10-CM, CPT, HCPCS, CMS-1500, UB-04, EOB, ERA, denegaciones, autorización previa, DRG, HCC y otros términos de codificación y facturación.',
    title: 'Glosario',
    intro:
      'Las palabras que los codificadores y los facturadores usan todos los días, dichas de forma sencilla. Cada término muestra también su nombre en inglés, que es el que verá en el trabajo. Los enlaces a esta página desde el resto del sitio llevan directo al término.',
    letters: 'Letras del glosario',
    inEnglish: 'En inglés:',
    seeAlso: 'Vea también:',
  },
});
