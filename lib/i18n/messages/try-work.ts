// The try-the-work pages (/try/ and /try/<set>/) and their island: every word the code adds around
// the content's cases. The island gets `case` and `end` as a prop, never this file.
import { defineMessages } from '../define';

export const tryWorkMessages = defineMessages({
  en: {
    hub: {
      metaTitle: 'Try the work: real medical coding and billing tasks',
      metaDescription:
        'Short, made-up coding and billing cases to try before you pay for a course: pick the code or the next step, then read why.',
      title: 'Try the work',
      intro:
        'A quiz asks what you think you would like. Doing a few real tasks tells you more. Try both jobs here before you pay for a course.',
      nothingSaved: 'Nothing you pick is sent or saved.',
      notSure: 'Not sure yet? Take the <quiz>role-fit quiz</quiz>, or <plan>make a plan</plan>.',
    },
    sets: {
      coding: {
        metaTitle: 'Try medical coding: pick the ICD-10-CM code for real-looking notes',
        metaDescription:
          'Short, made-up office visit notes. Pick the diagnosis code from four, then read why, with the coding rule behind it.',
        start: 'Start the coding set ({count} cases)',
        tryIt: 'Try the coding set',
      },
      billing: {
        metaTitle: 'Try medical billing: pick the next step for a denied claim',
        metaDescription:
          'Short, made-up claims and the health plan’s answer. Pick the next step, then read why, with the billing rule behind it.',
        start: 'Start the billing set ({count} cases)',
        tryIt: 'Try the billing set',
      },
    },
    set: {
      nothingSaved: 'Nothing you pick here is sent or saved. It stays in this page.',
      codeSource:
        'The codes are real ICD-10-CM codes, valid in {fiscalYear}, shown with their official descriptions. ICD-10-CM is free for anyone to use.',
      paceTitle: 'How much of this in a day?',
      paceLead: 'reported range',
      nextTitle: 'What next',
      takeQuiz: 'Take the role-fit quiz',
      makePlan: 'Make a plan for your next steps',
    },
    case: {
      heading: 'Case {number}: {title}',
      headingOf: 'Case {number} of {total}: {title}',
      seeAnswer: 'See the answer',
      theAnswer: 'The answer:',
      yourPick: 'Your pick:',
      theRule: 'The rule:',
      check: 'Check',
      right: 'Right.',
      notQuite: 'Not quite.',
      nextCase: 'Next case',
      seeScore: 'See your score',
    },
    end: {
      feelHeading: 'How did that feel?',
      feelings: { enjoyed: 'I enjoyed it', fine: 'It was fine', notForMe: 'Not for me' },
      yourScore: 'Your score',
      scoreLine: 'You got {right} of {total} right.',
      allRight: 'Every one right. Nice work.',
      scoreNote:
        'New coders and billers get cases wrong too. How it felt matters more than the score.',
      suggests: 'What that suggests:',
      startAgain: 'Start again',
    },
  },
  es: {
    hub: {
      metaTitle: 'Pruebe el trabajo: tareas reales de codificación y facturación médica',
      metaDescription:
        'Casos cortos e inventados de codificación y facturación para probar antes de pagar un curso: elija el código o el siguiente paso y luego lea por qué.',
      title: 'Pruebe el trabajo',
      intro:
        'Un cuestionario le pregunta qué cree que le gustaría. Hacer unas tareas reales le dice más. Pruebe aquí los dos trabajos antes de pagar un curso.',
      nothingSaved: 'Nada de lo que elija se envía ni se guarda.',
      notSure:
        '¿Todavía no está seguro? Haga el <quiz>cuestionario sobre qué puesto le queda</quiz> o <plan>haga un plan</plan>.',
    },
    sets: {
      coding: {
        metaTitle:
          'Pruebe la codificación médica: elija el código ICD-10-CM para notas como las reales',
        metaDescription:
          'Notas cortas e inventadas de visitas al consultorio. Elija el código de diagnóstico entre cuatro y luego lea por qué, con la regla de codificación que lo explica.',
        start: 'Empezar los casos de codificación ({count} casos)',
        tryIt: 'Pruebe los casos de codificación',
      },
      billing: {
        metaTitle:
          'Pruebe la facturación médica: elija el siguiente paso para una reclamación denegada',
        metaDescription:
          'Reclamaciones cortas e inventadas y la respuesta del plan médico. Elija el siguiente paso y luego lea por qué, con la regla de facturación que lo explica.',
        start: 'Empezar los casos de facturación ({count} casos)',
        tryIt: 'Pruebe los casos de facturación',
      },
    },
    set: {
      nothingSaved: 'Nada de lo que elija aquí se envía ni se guarda. Se queda en esta página.',
      codeSource:
        'Los códigos son códigos reales de ICD-10-CM, válidos en {fiscalYear}. Cada uno aparece con su descripción oficial, en inglés, tal como se publica y como la verá en el trabajo. Cualquier persona puede usar ICD-10-CM gratis.',
      paceTitle: '¿Cuánto de esto en un día?',
      paceLead: 'rango reportado',
      nextTitle: 'Qué sigue',
      takeQuiz: 'Haga el cuestionario sobre qué puesto le queda',
      makePlan: 'Haga un plan para sus próximos pasos',
    },
    case: {
      heading: 'Caso {number}: {title}',
      headingOf: 'Caso {number} de {total}: {title}',
      seeAnswer: 'Ver la respuesta',
      theAnswer: 'La respuesta:',
      yourPick: 'Su respuesta:',
      theRule: 'La regla:',
      check: 'Revisar',
      right: 'Correcto.',
      notQuite: 'No es la respuesta.',
      nextCase: 'Siguiente caso',
      seeScore: 'Ver su puntuación',
    },
    end: {
      feelHeading: '¿Qué le pareció?',
      feelings: { enjoyed: 'Me gustó', fine: 'Estuvo bien', notForMe: 'No es para mí' },
      yourScore: 'Su puntuación',
      scoreLine: 'Acertó {right} de {total}.',
      allRight: 'Acertó todos. ¡Buen trabajo!',
      scoreNote:
        'Los codificadores y los facturadores nuevos también se equivocan. Importa más cómo se sintió que la puntuación.',
      suggests: 'Lo que eso sugiere:',
      startAgain: 'Empezar otra vez',
    },
  },
});
