// The personal plan's words (/plan/, /plan/result/): the form's questions and the result page's
// headings here, the sentences lib/planner builds in ./plan-steps. The plan is drawn in the browser,
// so the pages pass these strings to their islands as a prop; lib/planner takes them as an argument
// and never imports them.
import { defineMessages, type Translation } from '../define';
import { planStepMessages } from './plan-steps';

const planPageMessages = defineMessages({
  en: {
    metaTitle: 'Your plan to a first job in coding or billing',
    metaDescription:
      'Answer seven short questions and get a plan: the steps in order, the months and the cost, the first credential and the first jobs to apply for.',
    formTitle: 'Make your plan to a first job',
    formIntro:
      'Answer seven short questions. You get your steps in order, how long they take, what they cost, and the first jobs to apply for. Your answers stay on your device.',
    formNoScript:
      'The plan is made by JavaScript, which is turned off or blocked in this browser. You can read the questions, but the plan needs JavaScript to show.',
    notSure: 'Not sure? <quiz>Take the role-fit quiz</quiz> first.',
    canSkip: '(you can skip this)',
    skipOption: 'Skip this question',
    submit: 'Make my plan',

    questionPath: 'Which work do you want to do?',
    pathCoding: 'Medical coding',
    pathBilling: 'Medical billing',
    pathUnsure: 'Not sure yet',
    questionEducation: 'What school have you finished?',
    educationNoDiploma: 'Not high school yet',
    educationHighSchool: 'High school or a GED',
    educationSomeCollege: 'Some college',
    educationAssociate: 'A two-year degree',
    educationBachelor: 'A four-year degree or more',
    questionExperience: 'What work have you done?',
    experienceNone: 'No work like this yet',
    experienceFrontDesk: 'Front desk or patient sign-in',
    experienceClinical: 'Medical assistant or patient care',
    experienceBilling: 'Billing, AR or insurance work',
    experienceCoding: 'Coding',
    experienceOffice: 'Office work outside health care',
    questionHours: 'How many hours a week can you study?',
    hours3To5: '3 to 5 hours',
    hours5To10: '5 to 10 hours',
    hours10To20: '10 to 20 hours',
    hours20To40: '20 hours or more',
    questionBudget: 'How much can you spend on training?',
    budgetVeryLittle: 'Very little: I need free or low-cost help',
    budgetExam: 'Enough for an exam, not a course',
    budgetCourse: 'Enough for an online course',
    budgetCollege: 'Enough for a college program',
    questionRemoteSoon: 'Do you need to work from home soon?',
    remoteSoonYes: 'Yes, soon',
    remoteSoonNo: 'No, I can work on site',
    questionState: 'Which state do you live in?',
    stateHelp: 'You can skip this. We use it to name the state in your plan.',

    resultTitle: 'Your plan to a first job',
    resultDescription:
      'A personal plan: steps in order, months and cost, the first credential and jobs.',
    resultNoScript:
      'Plans are read from the link by JavaScript, which is turned off or blocked in this browser. You can still <compare>compare coding and billing</compare>.',
    brokenTitle: 'This plan link does not work',
    brokenAsk: 'Ask whoever sent it for a fresh copy, or answer the questions again.',
    startNew: 'Start a new plan',
    openAgainAt: 'Open this plan again at {link}',
    problemEmpty: 'This link has no plan in it.',
    problemMalformed: 'The plan code in this link is damaged. It does not look like a plan code.',
    problemInvalidCharacter:
      'The plan code in this link has a wrong character. It was changed or mistyped.',
    problemUnknownVersion:
      'This link names a plan version this site does not have. Its first number was changed.',
    problemTooShort:
      'The plan code in this link is too short. The end was cut off when it was copied.',
    problemTooLong:
      'The plan code in this link is too long. Extra characters were added when it was copied.',
    problemChecksum:
      'The plan code in this link fails its check. A character was changed or mistyped.',
    problemOutOfRange: 'The plan code in this link names answers that do not exist.',
    problemMissingAnswers: 'The plan code in this link is missing answers the plan needs.',
    keep: {
      heading: 'Keep this plan',
      intro:
        'The link holds your answers, so it opens this same plan on any device. Nothing is stored anywhere else.',
      fieldLabel: 'Your plan link',
      copy: 'Copy link',
      copied: 'Link copied. Keep it, or paste it into a message.',
      copyBlocked: 'Copying was blocked. The link is selected: copy it with your keyboard or menu.',
      share: 'Share',
      print: 'Print',
    },
    shareTitle: 'My plan to a first job',
    makeNew: 'Make a new plan',

    glanceTitle: 'Your plan at a glance',
    stepsTitle: 'Your steps, in order',
    credentialTitle: 'Your first credential: the {acronym}',
    credentialFrom: '<credential>{name} ({acronym})</credential>, from {issuer}.',
    titlesTitle: 'First jobs to apply for',
    similarTitles: 'similar titles',
    bridgeLead: 'Jobs that can lead there:',
    moreOnHiring: 'More on getting hired: <firstJob>your first job</firstJob>.',
    remoteTitle: 'When can you work from home?',
    remoteMore: 'More: <remote>can I work from home?</remote>',
    learnTitle: 'Where to learn',
    learnIntro:
      'The main ways to learn this work, and what we know of each. Before you pay, <check>check the school</check>, and see <howLong>how long it really takes</howLong>.',
    inYourPlan: '(in your plan)',
    payTitle: 'Ways to pay',
    weekTitle: 'Three things to do this week',
    monthsTotalLabel: 'Time to a first job',
    costTotalLabel: 'Cost in the first year',
    costSources: 'It adds up the costs of the steps below. Sources:',
    stepTime: 'Time:',
    stepCost: 'Cost:',
    afterJob: 'once you have a job',
  },
  es: {
    metaTitle: 'Su plan para un primer empleo en codificación o facturación',
    metaDescription:
      'Responda siete preguntas cortas y reciba un plan: los pasos en orden, los meses y el costo, la primera credencial y los primeros empleos que puede solicitar.',
    formTitle: 'Haga su plan para un primer empleo',
    formIntro:
      'Responda siete preguntas cortas. Verá sus pasos en orden, cuánto tiempo toman, cuánto cuestan y los primeros empleos que puede solicitar. Sus respuestas se quedan en su dispositivo.',
    formNoScript:
      'El plan se hace con JavaScript, que está apagado o bloqueado en este navegador. Puede leer las preguntas, pero el plan necesita JavaScript para mostrarse.',
    notSure: '¿No está seguro? <quiz>Haga primero el cuestionario</quiz>.',
    canSkip: '(puede saltarla)',
    skipOption: 'Saltar esta pregunta',
    submit: 'Hacer mi plan',

    questionPath: '¿Qué trabajo quiere hacer?',
    pathCoding: 'Codificación médica',
    pathBilling: 'Facturación médica',
    pathUnsure: 'Todavía no lo sé',
    questionEducation: '¿Qué estudios ha terminado?',
    educationNoDiploma: 'Todavía no terminé la escuela secundaria',
    educationHighSchool: 'La escuela secundaria o el GED',
    educationSomeCollege: 'Algunos estudios universitarios',
    educationAssociate: 'Un título de dos años',
    educationBachelor: 'Un título de cuatro años o más',
    questionExperience: '¿Qué trabajo ha hecho?',
    experienceNone: 'Todavía ningún trabajo como estos',
    experienceFrontDesk: 'Recepción o registro de pacientes',
    experienceClinical: 'Asistente médico o cuidado de pacientes',
    experienceBilling: 'Facturación, cuentas por cobrar (A/R) o seguros',
    experienceCoding: 'Codificación',
    experienceOffice: 'Trabajo de oficina fuera del cuidado de la salud',
    questionHours: '¿Cuántas horas a la semana puede estudiar?',
    hours3To5: 'De 3 a 5 horas',
    hours5To10: 'De 5 a 10 horas',
    hours10To20: 'De 10 a 20 horas',
    hours20To40: '20 horas o más',
    questionBudget: '¿Cuánto puede gastar en capacitación?',
    budgetVeryLittle: 'Muy poco: necesito ayuda gratis o de bajo costo',
    budgetExam: 'Lo suficiente para un examen, no para un curso',
    budgetCourse: 'Lo suficiente para un curso en línea',
    budgetCollege: 'Lo suficiente para un programa en un colegio',
    questionRemoteSoon: '¿Necesita trabajar desde casa pronto?',
    remoteSoonYes: 'Sí, pronto',
    remoteSoonNo: 'No, puedo trabajar en persona',
    questionState: '¿En qué estado vive?',
    stateHelp: 'Puede saltar esta pregunta. La usamos para nombrar su estado en el plan.',

    resultTitle: 'Su plan para un primer empleo',
    resultDescription:
      'Un plan personal: los pasos en orden, los meses y el costo, la primera credencial y los empleos.',
    resultNoScript:
      'Los planes se leen del enlace con JavaScript, que está apagado o bloqueado en este navegador. Aun así puede <compare>comparar la codificación y la facturación</compare>.',
    brokenTitle: 'Este enlace del plan no funciona',
    brokenAsk: 'Pida una copia nueva a quien se lo mandó, o responda las preguntas otra vez.',
    startNew: 'Empezar un plan nuevo',
    openAgainAt: 'Vuelva a abrir este plan en {link}',
    problemEmpty: 'Este enlace no tiene ningún plan.',
    problemMalformed: 'El código del plan en este enlace está dañado. No parece un código de plan.',
    problemInvalidCharacter:
      'El código del plan en este enlace tiene un carácter equivocado. Alguien lo cambió o lo escribió mal.',
    problemUnknownVersion:
      'Este enlace nombra una versión del plan que este sitio no tiene. Alguien cambió su primer número.',
    problemTooShort:
      'El código del plan en este enlace es demasiado corto. Se cortó el final al copiarlo.',
    problemTooLong:
      'El código del plan en este enlace es demasiado largo. Se agregaron caracteres de más al copiarlo.',
    problemChecksum:
      'El código del plan en este enlace no pasa su revisión. Alguien cambió o escribió mal un carácter.',
    problemOutOfRange: 'El código del plan en este enlace nombra respuestas que no existen.',
    problemMissingAnswers:
      'Al código del plan en este enlace le faltan respuestas que el plan necesita.',
    keep: {
      heading: 'Guarde este plan',
      intro:
        'El enlace guarda sus respuestas, así que abre este mismo plan en cualquier aparato. No se guarda nada en ningún otro lugar.',
      fieldLabel: 'Su enlace del plan',
      copy: 'Copiar el enlace',
      copied: 'Enlace copiado. Guárdelo o péguelo en un mensaje.',
      copyBlocked:
        'No se pudo copiar. El enlace está seleccionado: cópielo con el teclado o el menú.',
      share: 'Compartir',
      print: 'Imprimir',
    },
    shareTitle: 'Mi plan para un primer empleo',
    makeNew: 'Hacer un plan nuevo',

    glanceTitle: 'Su plan de un vistazo',
    stepsTitle: 'Sus pasos, en orden',
    credentialTitle: 'Su primera credencial: el {acronym}',
    credentialFrom: '<credential>{name} ({acronym})</credential>, de {issuer}.',
    titlesTitle: 'Primeros empleos que puede solicitar',
    similarTitles: 'puestos parecidos',
    bridgeLead: 'Empleos que pueden llevarlo ahí:',
    moreOnHiring: 'Más sobre cómo conseguir empleo: <firstJob>su primer empleo</firstJob>.',
    remoteTitle: '¿Cuándo puede trabajar desde casa?',
    remoteMore: 'Más: <remote>¿puedo trabajar desde casa?</remote>',
    learnTitle: 'Dónde aprender',
    learnIntro:
      'Las formas principales de aprender este trabajo, y lo que sabemos de cada una. Antes de pagar, <check>revise la escuela</check> y vea <howLong>cuánto tiempo toma de verdad</howLong>.',
    inYourPlan: '(en su plan)',
    payTitle: 'Formas de pagar',
    weekTitle: 'Tres cosas para hacer esta semana',
    monthsTotalLabel: 'Tiempo hasta un primer empleo',
    costTotalLabel: 'Costo en el primer año',
    costSources: 'Suma los costos de los pasos de abajo. Fuentes:',
    stepTime: 'Tiempo:',
    stepCost: 'Costo:',
    afterJob: 'cuando ya tenga empleo',
  },
});

/** The plan namespace: its pages' words and its steps' sentences, side by side in each language. */
export const planMessages = {
  en: { ...planPageMessages.en, ...planStepMessages.en },
  es: { ...planPageMessages.es, ...planStepMessages.es },
};

/** The plan's words in one language: what lib/planner and the plan's islands take. */
export type PlanMessages = Translation<(typeof planMessages)['en']>;
