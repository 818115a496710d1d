// The counselors' kit (/counselors/, its handout and lesson plan, components/counselors), and the
// class summary's words, which lib/quiz builds its notes, status line and CSV file from.
import { defineMessages } from '../define';

export const counselorsMessages = defineMessages({
  en: {
    page: {
      metaTitle: 'For counselors and teachers: the role-fit quiz with a group',
      metaDescription:
        'Use the coding-or-billing quiz with a class: the quiz link and QR code, discussion prompts for each result, and a class summary built in your browser.',
      title: 'For counselors and teachers',
      intro:
        'The role-fit quiz helps a group talk about medical coding and medical billing with real reasons, not guesses. Students need no account, and no answers are stored anywhere.',
      howHeading: 'How to use the quiz with a group',
      howShare: 'Share the quiz link below, or show the QR code on a screen.',
      howTake:
        'Each student takes the quiz on their own phone or computer. It takes a few minutes, and they can skip any question.',
      howSend:
        'At the end, each student copies their result link and sends it to you, by email or your class chat. The link holds their answers; opening it shows the same result and reasons.',
      howPaste:
        'Paste all the links into the class summary below to see how the group splits, then use the discussion prompts for each result.',
      beforeClass:
        'Before the class, read <compare>the side-by-side comparison</compare>. Then you can answer questions about pay, training and credentials.',
      linkHeading: 'The quiz link',
      promptsHeading: 'Discussion prompts for each result',
      promptsIntro:
        'Group students by their result, or go round the room. There are no wrong answers: the point is to test the result against what each student knows about themselves.',
      summaryHeading: 'Class summary',
      summaryIntro:
        'Paste the result links your students sent you. You get a count of each result, each student’s result with their top reasons, and a CSV file for a spreadsheet. Lines that are not working result links are listed with the reason, and the rest still count.',
      summaryPrivacy:
        'Everything happens in this browser: the links are not sent anywhere, and nothing is saved when you leave the page.',
      summaryNoScript:
        'The class summary needs JavaScript, which is turned off or blocked in this browser.',
    },
    kit: {
      nav: 'Counselor kit',
      summary: 'Quiz link and class summary',
      handout: 'One-page handout to print',
      lessonPlan: 'Lesson plan for one class',
    },
    quizLink: {
      label: 'Quiz link:',
      built:
        '(the address this site was built for; if it does not open, use the address of this page with {path} in place of {counselors})',
      show: 'Show the code on a screen or print it: students scan it with their phone camera to open the quiz.',
      downloadQr: 'Download the QR code (SVG image)',
      qrAlt: 'QR code that opens {address}',
      scan: 'Scan the code with your phone camera, or type:',
      privacy: 'No account. Your answers stay on your phone.',
    },
    summary: {
      linksLabel: 'Result links, one per line',
      linksHelp: 'You may put a name before each link, for example “Ana: https://…”.',
      makeSummary: 'Make the summary',
      clear: 'Clear',
      undo: 'Undo',
      cleared: 'The links are cleared. Undo brings them back.',
      downloadCsv: 'Download CSV',
      csvFileName: 'quiz-class-summary.csv',
      chartTitle: 'Results by path ({students})',
      studentOne: '{count} student',
      studentMany: '{count} students',
      eachStudent: 'Each student',
      partialExplained:
        '<strong>Partial</strong> means the student skipped questions, so the result rests on fewer answers.',
      uncertainExplained:
        '<strong>Uncertain</strong> means the quiz itself is not sure: too few answers, or two paths close together. Ask the student to read both.',
      columnLine: 'Line',
      columnStudent: 'Student',
      columnBestFit: 'Best fit',
      columnAnswered: 'Answered',
      columnTopReasons: 'Top reasons',
      lineNumber: 'Line {line}',
      lineNamed: 'Line {line} ({label})',
      answeredOf: '{answered} of {total}',
      uncertainTag: 'Uncertain',
      partialTag: 'Partial',
      duplicatesTitle: 'Lines pasted twice',
      duplicatesNote: 'A link or a name pasted again is counted once, on its first line.',
      unfinishedTitle: 'Unfinished quizzes',
      unfinishedListNote:
        'These students sent the quiz before the end. They are left out of the counts.',
      invalidTitle: 'Lines that could not be read',
      invalidNote: 'These lines are left out of the counts above.',
    },
    notes: {
      sameLink: 'The same link as line {of}: counted once, on line {of}.',
      sameName: 'The same name as line {of}: counted once, on line {of}.',
      unfinished:
        'An unfinished quiz ({answered} of {total} questions answered): ask them to finish and send the result link.',
      uncertainSplit: 'Uncertain: split between {names}.',
      uncertainFewAnswers: 'Uncertain: too few answers for a clear result ({missing} more needed).',
      partial: 'Partial: {answered} of {total} questions answered.',
      countedOne: '{count} student counted',
      countedMany: '{count} students counted',
      pastedTwiceOne: '{count} line pasted twice',
      pastedTwiceMany: '{count} lines pasted twice',
      unfinishedOne: '{count} unfinished quiz',
      unfinishedMany: '{count} unfinished quizzes',
      unreadableOne: '{count} line could not be read',
      unreadableMany: '{count} lines could not be read',
    },
    csv: {
      line: 'Line',
      student: 'Student',
      result: 'Result',
      percent: '{outcome} (%)',
      answered: 'Questions answered',
      topReasons: 'Top reasons',
      link: 'Result link',
      note: 'Note',
    },
    guides: {
      readNext: 'Read next: <page>{label}</page>',
    },
    handout: {
      metaTitle: 'Handout: take the coding-or-billing quiz',
      metaDescription:
        'A one-page handout for a class: the quiz QR code and link, the one-minute comparison of coding and billing, and what each quiz result means.',
      title: 'Coding or billing? Take the quiz',
      intro:
        '{questions} short questions about what you like to do. You get the kind of work that fits you best, with the reasons, and pages to read next.',
      resultsHeading: 'What each result means',
      answerHeading: 'The one-minute answer',
      answerCaption:
        'Coders and billers on {rows} points, with sources. The full comparison on the site has {allRows}.',
      checkedOn: 'Facts on this sheet were checked against their sources on <date>{date}</date>.',
    },
    lessonPlan: {
      metaTitle: 'Lesson plan: explore medical coding and billing in one class',
      metaDescription:
        'A lesson plan for one class period with the role-fit quiz: objectives, timed steps, prompts for pairs, the class summary and an exit ticket.',
      title: 'Lesson plan: coding or billing?',
      objectivesHeading: 'Objectives',
      byTheEnd: 'By the end of the class:',
      prepareHeading: 'What to prepare',
      stepsHeading: 'The class, step by step ({minutes} minutes)',
      stepTime: '{from}–{to} min',
      stepTitle: '{title} ({minutes} minutes)',
      stepQuiz:
        'The quiz: <quiz>open it here</quiz>, or use the QR code on <handout>the handout</handout>.',
      stepPromptsHeading: 'Prompts for each result',
      stepSummary:
        'Paste the links into <summary>the class summary</summary>. It runs in your browser: the links are not sent anywhere.',
    },
  },
  es: {
    page: {
      metaTitle: 'Para consejeros y maestros: el cuestionario con un grupo',
      metaDescription:
        'Use el cuestionario de codificación o facturación con una clase: el enlace y el código QR, preguntas para conversar sobre cada resultado y un resumen de la clase hecho en su navegador.',
      title: 'Para consejeros y maestros',
      intro:
        'El cuestionario ayuda a un grupo a hablar de la codificación médica y la facturación médica con razones reales, no con suposiciones. Los estudiantes no necesitan una cuenta, y no se guarda ninguna respuesta.',
      howHeading: 'Cómo usar el cuestionario con un grupo',
      howShare:
        'Comparta el enlace del cuestionario que está abajo, o muestre el código QR en una pantalla.',
      howTake:
        'Cada estudiante hace el cuestionario en su propio teléfono o computadora. Toma unos minutos, y se puede saltar cualquier pregunta.',
      howSend:
        'Al final, cada estudiante copia su enlace del resultado y se lo envía a usted, por correo electrónico o por el chat de la clase. El enlace guarda sus respuestas: al abrirlo se ve el mismo resultado con sus razones.',
      howPaste:
        'Pegue todos los enlaces en el resumen de la clase, más abajo, para ver cómo se reparte el grupo. Luego use las preguntas para conversar sobre cada resultado.',
      beforeClass:
        'Antes de la clase, lea <compare>la comparación lado a lado</compare>. Así podrá responder preguntas sobre salario, capacitación y credenciales.',
      linkHeading: 'El enlace del cuestionario',
      promptsHeading: 'Preguntas para conversar sobre cada resultado',
      promptsIntro:
        'Agrupe a los estudiantes por resultado, o pase por todo el salón. No hay respuestas malas: la idea es comparar el resultado con lo que cada estudiante sabe de sí mismo.',
      summaryHeading: 'Resumen de la clase',
      summaryIntro:
        'Pegue los enlaces del resultado que le enviaron sus estudiantes. Verá cuántos hay de cada resultado, el resultado de cada estudiante con sus razones principales y un archivo CSV para una hoja de cálculo. Las líneas que no son enlaces del resultado válidos aparecen con la razón, y las demás se cuentan igual.',
      summaryPrivacy:
        'Todo pasa en este navegador: los enlaces no se envían a ningún lugar, y nada se guarda cuando sale de la página.',
      summaryNoScript:
        'El resumen de la clase necesita JavaScript, que está apagado o bloqueado en este navegador.',
    },
    kit: {
      nav: 'Materiales para consejeros',
      summary: 'Enlace del cuestionario y resumen de la clase',
      handout: 'Hoja para imprimir',
      lessonPlan: 'Plan de clase para un periodo',
    },
    quizLink: {
      label: 'Enlace del cuestionario:',
      built:
        '(la dirección para la que se hizo este sitio; si no abre, use la dirección de esta página con {path} en lugar de {counselors})',
      show: 'Muestre el código en una pantalla o imprímalo: los estudiantes lo escanean con la cámara del teléfono para abrir el cuestionario.',
      downloadQr: 'Descargar el código QR (imagen SVG)',
      qrAlt: 'Código QR que abre {address}',
      scan: 'Escanee el código con la cámara del teléfono, o escriba:',
      privacy: 'Sin cuenta. Sus respuestas se quedan en su teléfono.',
    },
    summary: {
      linksLabel: 'Enlaces del resultado, uno por línea',
      linksHelp: 'Puede poner un nombre antes de cada enlace, por ejemplo “Ana: https://…”.',
      makeSummary: 'Hacer el resumen',
      clear: 'Borrar',
      undo: 'Deshacer',
      cleared: 'Se borraron los enlaces. Deshacer los trae de vuelta.',
      downloadCsv: 'Descargar CSV',
      csvFileName: 'resumen-de-la-clase.csv',
      chartTitle: 'Resultados por camino ({students})',
      studentOne: '{count} estudiante',
      studentMany: '{count} estudiantes',
      eachStudent: 'Cada estudiante',
      partialExplained:
        '<strong>Parcial</strong> quiere decir que el estudiante saltó preguntas, así que el resultado se basa en menos respuestas.',
      uncertainExplained:
        '<strong>Incierto</strong> quiere decir que el cuestionario no está seguro: hay muy pocas respuestas, o dos caminos muy cerca. Pida al estudiante que lea los dos.',
      columnLine: 'Línea',
      columnStudent: 'Estudiante',
      columnBestFit: 'Lo que mejor le va',
      columnAnswered: 'Respondidas',
      columnTopReasons: 'Razones principales',
      lineNumber: 'Línea {line}',
      lineNamed: 'Línea {line} ({label})',
      answeredOf: '{answered} de {total}',
      uncertainTag: 'Incierto',
      partialTag: 'Parcial',
      duplicatesTitle: 'Líneas pegadas dos veces',
      duplicatesNote:
        'Un enlace o un nombre pegado otra vez se cuenta una sola vez, en su primera línea.',
      unfinishedTitle: 'Cuestionarios sin terminar',
      unfinishedListNote:
        'Estos estudiantes enviaron el cuestionario antes del final. No se cuentan.',
      invalidTitle: 'Líneas que no se pudieron leer',
      invalidNote: 'Estas líneas no se cuentan arriba.',
    },
    notes: {
      sameLink: 'El mismo enlace que la línea {of}: se cuenta una vez, en la línea {of}.',
      sameName: 'El mismo nombre que la línea {of}: se cuenta una vez, en la línea {of}.',
      unfinished:
        'Un cuestionario sin terminar ({answered} de {total} preguntas respondidas): pídale que lo termine y envíe el enlace del resultado.',
      uncertainSplit: 'Incierto: se reparte entre {names}.',
      uncertainFewAnswers:
        'Incierto: muy pocas respuestas para un resultado claro (faltan {missing}).',
      partial: 'Parcial: {answered} de {total} preguntas respondidas.',
      countedOne: '{count} estudiante contado',
      countedMany: '{count} estudiantes contados',
      pastedTwiceOne: '{count} línea pegada dos veces',
      pastedTwiceMany: '{count} líneas pegadas dos veces',
      unfinishedOne: '{count} cuestionario sin terminar',
      unfinishedMany: '{count} cuestionarios sin terminar',
      unreadableOne: '{count} línea que no se pudo leer',
      unreadableMany: '{count} líneas que no se pudieron leer',
    },
    csv: {
      line: 'Línea',
      student: 'Estudiante',
      result: 'Resultado',
      percent: '{outcome} (%)',
      answered: 'Preguntas respondidas',
      topReasons: 'Razones principales',
      link: 'Enlace del resultado',
      note: 'Nota',
    },
    guides: {
      readNext: 'Lea después: <page>{label}</page>',
    },
    handout: {
      metaTitle: 'Hoja para imprimir: haga el cuestionario de codificación o facturación',
      metaDescription:
        'Una hoja para una clase: el código QR y el enlace del cuestionario, la comparación de un minuto entre codificación y facturación, y qué quiere decir cada resultado.',
      title: '¿Codificación o facturación? Haga el cuestionario',
      intro:
        '{questions} preguntas cortas sobre lo que le gusta hacer. Verá el tipo de trabajo que mejor le va, con las razones y las páginas que puede leer después.',
      resultsHeading: 'Qué quiere decir cada resultado',
      answerHeading: 'La respuesta en un minuto',
      answerCaption:
        'Codificadores y facturadores en {rows} puntos, con fuentes. La comparación completa en el sitio tiene {allRows}.',
      checkedOn: 'Los datos de esta hoja se revisaron con sus fuentes el <date>{date}</date>.',
    },
    lessonPlan: {
      metaTitle: 'Plan de clase: explore la codificación y la facturación médica en una clase',
      metaDescription:
        'Un plan para un periodo de clase con el cuestionario: objetivos, pasos con tiempo, preguntas para parejas, el resumen de la clase y un boleto de salida.',
      title: 'Plan de clase: ¿codificación o facturación?',
      objectivesHeading: 'Objetivos',
      byTheEnd: 'Al final de la clase:',
      prepareHeading: 'Qué preparar',
      stepsHeading: 'La clase, paso a paso ({minutes} minutos)',
      stepTime: '{from}–{to} min',
      stepTitle: '{title} ({minutes} minutos)',
      stepQuiz:
        'El cuestionario: <quiz>ábralo aquí</quiz>, o use el código QR de <handout>la hoja</handout>.',
      stepPromptsHeading: 'Preguntas para cada resultado',
      stepSummary:
        'Pegue los enlaces en <summary>el resumen de la clase</summary>. Funciona en su navegador: los enlaces no se envían a ningún lugar.',
    },
  },
});
