// The /answers/ pages' words: the hub, an answer's parts and the checked claims' verdicts. The
// questions, answers and evidence themselves are content (content/answers/, content/es/answers/).
import { defineMessages } from '../define';

export const answersMessages = defineMessages({
  en: {
    hub: {
      metaTitle: 'Straight answers: AI, remote work, pay and how long it takes',
      metaDescription:
        'Short, dated, sourced answers to what people ask first about medical coding and billing: AI, working from home, offshoring, starting pay, how long it takes, and claims we checked.',
      title: 'Straight answers',
      intro:
        'Before people pick a path, they ask about AI, working from home, pay and time. The web often answers with hype or fear. Here each answer comes first, in a few plain sentences. Then you get the facts behind it, with their sources and dates, and what to do next.',
      next: 'Ready to choose? <plan>Make a plan</plan> for your path, or <check>check a school or course</check> before you pay for it.',
    },
    shortAnswer: 'Short answer:',
    checked: 'Checked against its sources on {date}.',
    claimsHeading: 'The claims and what we found',
    whatToDoHeading: 'What to do about it',
    relatedHeading: 'Related questions',
    allQuestions: 'All the questions we answer',
    sources: {
      heading: 'Sources for this answer',
      caption:
        'Every source this answer cites, with the edition read. Each links to its entry on the sources page, which gives its address and the date it was read.',
      publisher: 'Publisher',
      page: 'Page',
      edition: 'Edition',
    },
    evidence: {
      moreEvidence: 'More evidence:',
      certificationSources: '(the {acronym} page lists its sources)',
    },
    claims: {
      seenOn: 'Seen on:',
      verdict: 'Verdict: {verdict}.',
      verdicts: {
        true: 'True',
        'partly-true': 'Partly true',
        misleading: 'Misleading',
        false: 'False',
        outdated: 'Out of date',
      },
    },
  },
  es: {
    hub: {
      metaTitle: 'Respuestas claras: IA, trabajo desde casa, salario y cuánto tiempo toma',
      metaDescription:
        'Respuestas cortas, con fecha y fuentes, a lo primero que la gente pregunta sobre la codificación y la facturación médica: la IA, el trabajo desde casa, el trabajo enviado a otros países, el salario al empezar, cuánto tiempo toma y las afirmaciones que revisamos.',
      title: 'Respuestas claras',
      intro:
        'Antes de elegir un camino, la gente pregunta por la inteligencia artificial (IA), el trabajo desde casa, el salario y el tiempo. En internet, las respuestas suelen exagerar o dar miedo. Aquí, cada respuesta va primero, en pocas frases sencillas. Luego vienen los datos que la apoyan, con sus fuentes y fechas, y lo que puede hacer después.',
      next: '¿Ya quiere elegir? <plan>Haga un plan</plan> para su camino, o <check>revise una escuela o un curso</check> antes de pagar.',
    },
    shortAnswer: 'Respuesta corta:',
    checked: 'Revisada con sus fuentes el {date}.',
    claimsHeading: 'Las afirmaciones y lo que encontramos',
    whatToDoHeading: 'Qué puede hacer',
    relatedHeading: 'Preguntas relacionadas',
    allQuestions: 'Todas las preguntas que respondemos',
    sources: {
      heading: 'Fuentes de esta respuesta',
      caption:
        'Cada fuente que cita esta respuesta, con la edición que leímos. Cada una lleva a su entrada en la página de fuentes, que da su dirección y la fecha en que la leímos.',
      publisher: 'Quién la publica',
      page: 'Página',
      edition: 'Edición',
    },
    evidence: {
      moreEvidence: 'Más evidencia:',
      certificationSources: '(la página del {acronym} da sus fuentes)',
    },
    claims: {
      seenOn: 'Visto en:',
      verdict: 'Veredicto: {verdict}.',
      verdicts: {
        true: 'Cierto',
        'partly-true': 'En parte cierto',
        misleading: 'Engañoso',
        false: 'Falso',
        outdated: 'Desactualizado',
      },
    },
  },
});
