// The quiz's and its result's interface strings (/quiz/, /quiz/result/ and components/quiz), and the
// words lib/quiz builds its sentences from (why a result link does not work).
import { defineMessages } from '../define';

export const quizMessages = defineMessages({
  en: {
    page: {
      metaTitle: 'Role-fit quiz: medical coding or medical billing?',
      metaDescription:
        'A short quiz about how you like to work. It shows whether medical coding, medical billing, a hybrid role or a nearby path fits you best, and why.',
      title: 'Coding or billing? The role-fit quiz',
      intro:
        '{questions} questions about how you like to work, about {minutes} minutes in all. Skip any you cannot decide on. At the end you see which path fits you best, and why.',
      noScript:
        'The quiz needs JavaScript, which is turned off or blocked in this browser. You can still <compare>compare coding and billing side by side</compare>.',
    },
    runner: {
      questionOf: 'Question {number} of {total}',
      back: 'Back',
      answeredOf: '{count} of {total} answered.',
      answerMore: 'Answer {count} more<hidden> to see your result</hidden>',
      seeResult: 'See my result',
      skip: 'Skip',
      next: 'Next',
      allQuestions: 'All questions',
      jumpTo: 'Question {number}',
      jumpToAnswered: 'Question {number}, answered',
      keptInTab:
        'Your answers stay in this browser tab, so you can look at another page and come back; nothing is sent anywhere.',
      startOver: 'Start over',
    },
    resultPage: {
      metaTitle: 'Your role-fit quiz result',
      metaDescription:
        'A role-fit quiz result: the best-fitting path, how the answers split, and why.',
      title: 'Your role-fit result',
      noScript:
        'Quiz results are read from the link by JavaScript, which is turned off or blocked in this browser. You can still <compare>compare coding and billing side by side</compare>.',
    },
    result: {
      startQuiz: 'Start the quiz',
      brokenLinkTitle: 'This result link does not work',
      brokenLinkAdvice:
        'Ask whoever sent it for a fresh copy of the link, or take the quiz yourself.',
      noAnswersTitle: 'No answers to score',
      noAnswersText:
        'Every question was skipped, so there is no result to show. Try the quiz again.',
      openAgainAt: 'Open this result again at {link}',
      eyebrowClear: 'Your best fit',
      eyebrowSplit: 'No single best fit',
      eyebrowFewAnswers: 'Too few answers for a clear result',
      headlineSplit: 'Your answers split between {names}',
      headlineEarlySplit: 'Your first answers split between {names}',
      headlineOneAnswer: 'Your one answer leans toward {name}',
      headlineEarlyLean: 'Your first answers lean toward {name}',
      youAnswered: 'You answered {answered} of {total} questions.',
      clearNeeds:
        'A clear result needs at least {needed} answers: answer {missing} more to see where you fit.',
      readBeforeChoosing: 'Read {which} before you choose.',
      readTwo: 'both',
      readThree: 'all three',
      readFour: 'all four',
      answerMoreQuestions: 'Answer more questions',
      readWorkLike: 'Read what the work is like: <role>{name}</role>',
      splitCaption: 'How your answers split',
      whyHeading: 'Why: your answers and where they pointed',
      pushQuestion: 'Question {number}: {prompt}',
      youChose: 'You chose: {label}',
      pushPrintNumber: 'Q{number}.',
      pointsTo: 'Points to: {names}.',
      nextHeading: 'Next steps',
      nextRole: 'Read what the work is really like: <role>{name}</role>.',
      nextCertification: 'First certification to look at: <certification>{name}</certification>.',
      nextPlan: 'From here to a first job, with months and cost: <plan>Make my plan</plan>.',
      nextCompare: 'See both careers side by side: <compare>compare coding and billing</compare>.',
      jobTitlesHeading: 'Job titles to search for',
      shareTitle: 'My quiz result: {outcome}',
      editAnswers: 'Edit my answers',
      retake: 'Retake the quiz',
    },
    keep: {
      heading: 'Keep or send this result',
      copied: 'Link copied. Paste it into a message to send it.',
      intro:
        'The link holds your answers, so it opens this same result on any device. Nothing is stored anywhere else.',
      fieldLabel: 'Your result link',
      copy: 'Copy link',
      copyBlocked: 'Copying was blocked. The link is selected: copy it with your keyboard or menu.',
      share: 'Share',
      print: 'Print',
    },
    problems: {
      empty: 'The link has no quiz result in it.',
      malformed:
        'The result code in this link is damaged: it does not have the shape of a result code.',
      'invalid-character':
        'The result code in this link has a character a result code never has: a character was changed or mistyped.',
      'unknown-version':
        'This link names a version of the quiz that this site does not have: its first number was changed, or it comes from a newer copy of the site.',
      'too-short':
        'The result code in this link is too short: the end of it is missing, probably cut off when it was copied.',
      'too-long':
        'The result code in this link is too long: it has extra characters at the end, probably added when it was copied.',
      checksum:
        'The result code in this link does not pass its check: a character was changed or mistyped.',
      'out-of-range': 'The result code in this link names answers that do not exist.',
      'not-a-result-link': 'This line has no quiz result link in it.',
      'no-answers': 'Every question was skipped, so there is no result.',
    },
  },
  es: {
    page: {
      metaTitle: 'Cuestionario: ¿codificación médica o facturación médica?',
      metaDescription:
        'Un cuestionario corto sobre cómo le gusta trabajar. Muestra si le va mejor la codificación médica, la facturación médica, un puesto mixto o un camino cercano, y por qué.',
      title: '¿Codificación o facturación? El cuestionario',
      intro:
        '{questions} preguntas sobre cómo le gusta trabajar, unos {minutes} minutos en total. Salte las que no pueda decidir. Al final verá qué camino le va mejor, y por qué.',
      noScript:
        'El cuestionario necesita JavaScript. Está apagado o bloqueado en este navegador. Aun así, puede <compare>comparar los dos trabajos lado a lado</compare>.',
    },
    runner: {
      questionOf: 'Pregunta {number} de {total}',
      back: 'Atrás',
      answeredOf: '{count} de {total} respondidas.',
      answerMore: 'Responda {count} más<hidden> para ver su resultado</hidden>',
      seeResult: 'Ver mi resultado',
      skip: 'Saltar',
      next: 'Siguiente',
      allQuestions: 'Todas las preguntas',
      jumpTo: 'Pregunta {number}',
      jumpToAnswered: 'Pregunta {number}, respondida',
      keptInTab:
        'Sus respuestas se quedan en esta pestaña del navegador. Puede ver otra página y volver. No se envía nada a ningún lugar.',
      startOver: 'Empezar de nuevo',
    },
    resultPage: {
      metaTitle: 'Su resultado del cuestionario',
      metaDescription:
        'Un resultado del cuestionario: el camino que mejor le va, cómo se reparten las respuestas, y por qué.',
      title: 'Su resultado',
      noScript:
        'Para ver el resultado hace falta JavaScript. Está apagado o bloqueado en este navegador. Aun así, puede <compare>comparar los dos trabajos lado a lado</compare>.',
    },
    result: {
      startQuiz: 'Empezar el cuestionario',
      brokenLinkTitle: 'Este enlace del resultado no funciona',
      brokenLinkAdvice:
        'Pida a quien se lo envió una copia nueva del enlace, o haga usted el cuestionario.',
      noAnswersTitle: 'No hay respuestas que contar',
      noAnswersText:
        'Se saltaron todas las preguntas, así que no hay resultado que mostrar. Intente el cuestionario de nuevo.',
      openAgainAt: 'Abra este resultado otra vez en {link}',
      eyebrowClear: 'Lo que mejor le va',
      eyebrowSplit: 'No hay un solo camino que le vaya mejor',
      eyebrowFewAnswers: 'Muy pocas respuestas para un resultado claro',
      headlineSplit: 'Sus respuestas se reparten entre {names}',
      headlineEarlySplit: 'Sus primeras respuestas se reparten entre {names}',
      headlineOneAnswer: 'Su única respuesta se inclina hacia {name}',
      headlineEarlyLean: 'Sus primeras respuestas se inclinan hacia {name}',
      youAnswered: 'Respondió {answered} de {total} preguntas.',
      clearNeeds:
        'Un resultado claro necesita al menos {needed} respuestas: responda {missing} más para ver qué le va mejor.',
      readBeforeChoosing: 'Lea {which} antes de elegir.',
      readTwo: 'los dos resultados',
      readThree: 'los tres resultados',
      readFour: 'los cuatro resultados',
      answerMoreQuestions: 'Responder más preguntas',
      readWorkLike: 'Lea cómo es el trabajo: <role>{name}</role>',
      splitCaption: 'Cómo se reparten sus respuestas',
      whyHeading: 'Por qué: sus respuestas y hacia dónde apuntaron',
      pushQuestion: 'Pregunta {number}: {prompt}',
      youChose: 'Usted eligió: {label}',
      pushPrintNumber: 'P{number}.',
      pointsTo: 'Apunta a: {names}.',
      nextHeading: 'Próximos pasos',
      nextRole: 'Lea cómo es el trabajo de verdad: <role>{name}</role>.',
      nextCertification:
        'La primera certificación que puede ver: <certification>{name}</certification>.',
      nextPlan: 'De aquí a un primer empleo, con meses y costo: <plan>Hacer mi plan</plan>.',
      nextCompare:
        'Vea las dos carreras lado a lado: <compare>comparar la codificación y la facturación</compare>.',
      jobTitlesHeading: 'Nombres de puestos que puede buscar',
      shareTitle: 'Mi resultado del cuestionario: {outcome}',
      editAnswers: 'Cambiar mis respuestas',
      retake: 'Hacer el cuestionario de nuevo',
    },
    keep: {
      heading: 'Guarde o envíe este resultado',
      copied: 'Enlace copiado. Péguelo en un mensaje para enviarlo.',
      intro:
        'El enlace guarda sus respuestas, así que abre este mismo resultado en cualquier aparato. No se guarda nada en ningún otro lugar.',
      fieldLabel: 'Su enlace del resultado',
      copy: 'Copiar el enlace',
      copyBlocked:
        'No se pudo copiar. El enlace está seleccionado: cópielo con el teclado o el menú.',
      share: 'Compartir',
      print: 'Imprimir',
    },
    problems: {
      empty: 'El enlace no tiene ningún resultado del cuestionario.',
      malformed:
        'El código del resultado en este enlace está dañado: no tiene la forma de un código de resultado.',
      'invalid-character':
        'El código del resultado en este enlace tiene un carácter que nunca lleva: alguien cambió o escribió mal un carácter.',
      'unknown-version':
        'Este enlace nombra una versión del cuestionario que este sitio no tiene: cambiaron su primer número, o viene de una copia más nueva del sitio.',
      'too-short':
        'El código del resultado en este enlace es muy corto: le falta el final, quizás porque se cortó al copiarlo.',
      'too-long':
        'El código del resultado en este enlace es muy largo: tiene caracteres de más al final, quizás porque se agregaron al copiarlo.',
      checksum:
        'El código del resultado en este enlace no pasa su revisión: alguien cambió o escribió mal un carácter.',
      'out-of-range': 'El código del resultado en este enlace nombra respuestas que no existen.',
      'not-a-result-link': 'Esta línea no tiene ningún enlace del resultado del cuestionario.',
      'no-answers': 'Se saltaron todas las preguntas, así que no hay resultado.',
    },
  },
});
