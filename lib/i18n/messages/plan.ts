// The personal plan's words (/plan/, /plan/result/): the form's questions, the sentences lib/planner
// builds, and the result page's headings. The plan is drawn in the browser, so the pages pass these
// strings to their islands as a prop; lib/planner takes them as an argument and never imports them.
import { defineMessages, type Translation } from '../define';

export const planMessages = defineMessages({
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
    keepHeading: 'Keep this plan',
    keepThing: 'plan',
    shareTitle: 'My plan to a first job',
    copied: 'Link copied. Keep it, or paste it into a message.',
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

    noTime: 'No time of its own',
    notKnown: 'Not known',
    noCost: 'No cost counted',
    listAnd: '{items} and {last}',
    monthsTotal: 'About {months} of steps before you apply for jobs.',
    monthsNotCountedOne: 'Not counted: the step {steps}, as no source says how long it takes.',
    monthsNotCountedMany: 'Not counted: the steps {steps}, as no source says how long they take.',
    costTotal: 'About {dollars} in your first year.',
    costNotCountedOne: 'Not counted: the step {steps}, as we found no price for it.',
    costNotCountedMany: 'Not counted: the steps {steps}, as we found no price for them.',
    renewal: 'To keep the {acronym} you need {renewal}. The cost of CEUs is not known.',
    renewalWithDues:
      'To keep the {acronym} you need {renewal} and the yearly dues, counted above. The cost of CEUs is not known.',
    noRenewal: 'We found no renewal rule for the {acronym}. Ask {issuer}.',
    renewalRule: '{ceus} every {years}',

    quizStepTitle: 'Take the role-fit quiz',
    quizStepShows: 'The quiz shows if coding or billing fits you better.',
    quizStepUntil:
      'Until then, this plan takes the billing road. Its first exam covers some coding too.',
    diplomaTitle: 'Finish high school or a GED',
    diplomaAsked: 'The CCA and CBCS exams ask for a high school diploma or a GED.',
    diplomaUnknown:
      'We do not know how long this takes for you. An American Job Center can tell you where to start.',
    freeTrainingTitle: 'Ask about free training',
    freeTrainingCall: 'Call or visit an American Job Center.',
    freeTrainingCallIn: 'Call or visit an American Job Center in {state}.',
    freeTrainingAsk: 'Ask if WIOA can pay for your training before you pay for it.',
    pacedTime: 'The time here is for the hours a week you said you can study.',
    membershipTitle: 'Join {issuer} for a year',
    membershipNeeded: 'You need to be a member of {issuer} to take the {acronym} exam.',
    membershipDues: 'You pay the dues each year to keep the credential.',
    booksTitle: 'Get this year’s code books',
    booksUse: 'You may use the code books in the {acronym} exam, and you study with them.',
    booksPrice: 'We found no trusted price for them, so they are not in the total.',
    examTitle: 'Take the {acronym} exam',
    examWhen: 'Book it for the end of your training, while it is fresh.',
    firstJobTitle: 'Apply for first jobs',
    firstJobStart:
      'Start with the job titles in this plan. Apply even if a post asks for a little experience.',
    firstJobUnknown:
      'We found no source on how long a first job search takes, so it is not in the months.',
    remoteStepTitle: 'Work from home later',
    remoteStepUnknown: 'We found no source that says how soon a beginner can work from home.',
    remoteStepOnSite: 'Many remote jobs ask for experience, so plan on a first job on site.',

    removeATitle: 'Remove the "A" from your CPC-A',
    removeAStatus:
      'If you pass the CPC without 2 years of coding work, you are a CPC-A, an apprentice.',
    removeAApply:
      'Many posts ask for experience. Apply anyway, and take a job near coding if you must.',
    removeARule:
      'AAPC removes the "A" after 2 years of coding work. With an 80-hour course or Practicode, 1 year is enough.',
    removeASkip: 'If you have coded for 2 years, send AAPC proof of it and you skip the "A".',
    ccaTitle: 'Build your first year of experience',
    ccaNoStatus: 'The CCA has no apprentice status, but most posts still ask for experience.',
    ccaNearCoding: 'A job near coding, such as medical records, counts for your next step.',
    ccaNext: 'After a year or two of coding work, you can aim for the CCS.',
    billingTitle: 'Grow from your first job',
    billingNoStatus:
      'Billing has no apprentice status. Your first job teaches you the payer rules.',
    billingBridge:
      'A front desk or payment posting job can lead to billing if no billing job hires you yet.',
    remoteSoon:
      'You said you need to work from home soon. Plan on a first job on site, and look for hybrid work.',
    remoteMostHaveYears:
      'Many coders and billers work from home, but most of them have years of experience.',
    remoteNoSource:
      'We found no source that says how soon employers let a beginner work from home.',
    weekQuiz: 'Take the role-fit quiz. It takes a few minutes.',
    weekWioa: 'Call an American Job Center and ask about WIOA.',
    weekWioaIn: 'Call an American Job Center in {state} and ask about WIOA.',
    weekCollege:
      'Look up the program at your nearest community college. Ask when the next class starts.',
    weekCourses: 'Compare two coding courses. Check that each one is at least 80 hours long.',
    weekExamPage: 'Read the {acronym} exam page, so you know what it asks.',
    weekSearch: 'Search for "{title}" jobs near you and read what they ask for.',

    whyCodesAlready: 'You code already, so you can go straight to the exam.',
    whyCourse:
      'You learn fast or know health care words already, so a course at your own pace fits.',
    whyCollege:
      'You are new to health care. A college program teaches the body, medical words and the code books, with a teacher.',
    whyBillsAlready: 'You do billing work already, so you can go straight to the exam.',
    whyBillingProgram:
      'A short billing program teaches claims, insurance rules and the codes billers use.',
    whyCbcsUnsure:
      'You are not sure yet. The CBCS covers both billing and coding, and its fee is low.',
    whyCca: 'Money is tight. The CCA fee is lower than the CPC fee, and you need no AAPC dues.',
    whyCpc: 'It is the AAPC coding credential for doctor offices and clinics.',
    whyCpb:
      'It shows you know claims, denials and appeals. It is the billing credential from AAPC.',
    whyCbcs: 'Its fee is low, and it covers billing and some coding, as many first jobs do.',
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
    keepHeading: 'Guarde este plan',
    keepThing: 'plan',
    shareTitle: 'Mi plan para un primer empleo',
    copied: 'Enlace copiado. Guárdelo o péguelo en un mensaje.',
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

    noTime: 'No toma tiempo propio',
    notKnown: 'No se sabe',
    noCost: 'Sin costo contado',
    listAnd: '{items} y {last}',
    monthsTotal: 'Alrededor de {months} de pasos antes de solicitar empleos.',
    monthsNotCountedOne:
      'No se cuenta: el paso {steps}, porque ninguna fuente dice cuánto tiempo toma.',
    monthsNotCountedMany:
      'No se cuentan: los pasos {steps}, porque ninguna fuente dice cuánto tiempo toman.',
    costTotal: 'Alrededor de {dollars} en su primer año.',
    costNotCountedOne: 'No se cuenta: el paso {steps}, porque no encontramos su precio.',
    costNotCountedMany: 'No se cuentan: los pasos {steps}, porque no encontramos su precio.',
    renewal: 'Para mantener el {acronym} necesita {renewal}. No se sabe cuánto cuestan las CEU.',
    renewalWithDues:
      'Para mantener el {acronym} necesita {renewal} y la cuota anual, que ya se contó arriba. No se sabe cuánto cuestan las CEU.',
    noRenewal: 'No encontramos una regla de renovación para el {acronym}. Pregunte a {issuer}.',
    renewalRule: '{ceus} cada {years}',

    quizStepTitle: 'Haga el cuestionario',
    quizStepShows: 'El cuestionario muestra si le va mejor la codificación o la facturación.',
    quizStepUntil:
      'Hasta entonces, este plan sigue el camino de la facturación. Su primer examen también cubre algo de codificación.',
    diplomaTitle: 'Termine la escuela secundaria o el GED',
    diplomaAsked: 'Los exámenes CCA y CBCS piden un diploma de escuela secundaria o un GED.',
    diplomaUnknown:
      'No sabemos cuánto tiempo le tomará. Un American Job Center (centro de empleo) le puede decir por dónde empezar.',
    freeTrainingTitle: 'Pregunte por capacitación gratis',
    freeTrainingCall: 'Llame o visite un American Job Center (centro de empleo).',
    freeTrainingCallIn: 'Llame o visite un American Job Center (centro de empleo) en {state}.',
    freeTrainingAsk: 'Pregunte si WIOA puede pagar su capacitación antes de pagarla usted.',
    pacedTime: 'El tiempo aquí es para las horas a la semana que usted dijo que puede estudiar.',
    membershipTitle: 'Hágase miembro de {issuer} por un año',
    membershipNeeded: 'Necesita ser miembro de {issuer} para tomar el examen {acronym}.',
    membershipDues: 'Paga la cuota cada año para mantener la credencial.',
    booksTitle: 'Consiga los libros de códigos de este año',
    booksUse: 'Puede usar los libros de códigos en el examen {acronym}, y estudia con ellos.',
    booksPrice: 'No encontramos un precio confiable para ellos, así que no están en el total.',
    examTitle: 'Tome el examen {acronym}',
    examWhen: 'Resérvelo para el final de su capacitación, cuando todavía lo recuerde bien.',
    firstJobTitle: 'Solicite sus primeros empleos',
    firstJobStart:
      'Empiece con los puestos de este plan. Solicite el empleo aunque el anuncio pida un poco de experiencia.',
    firstJobUnknown:
      'No encontramos ninguna fuente sobre cuánto tarda buscar un primer empleo, así que no está en los meses.',
    remoteStepTitle: 'Trabaje desde casa más adelante',
    remoteStepUnknown:
      'No encontramos ninguna fuente que diga qué tan pronto puede trabajar desde casa un principiante.',
    remoteStepOnSite:
      'Muchos empleos remotos piden experiencia, así que cuente con un primer empleo en persona.',

    removeATitle: 'Quite la "A" de su CPC-A',
    removeAStatus:
      'Si aprueba el CPC sin 2 años de trabajo en codificación, usted es CPC-A, un aprendiz.',
    removeAApply:
      'Muchos anuncios piden experiencia. Solicite el empleo de todos modos. Si hace falta, tome un empleo cercano a la codificación.',
    removeARule:
      'AAPC quita la "A" después de 2 años de trabajo en codificación. Con un curso de 80 horas o Practicode, basta con 1 año.',
    removeASkip: 'Si ha codificado por 2 años, mande pruebas a AAPC y se salta la "A".',
    ccaTitle: 'Consiga su primer año de experiencia',
    ccaNoStatus:
      'El CCA no tiene estatus de aprendiz, pero la mayoría de los anuncios aún piden experiencia.',
    ccaNearCoding:
      'Un empleo cercano a la codificación, como en expedientes médicos, cuenta para su siguiente paso.',
    ccaNext: 'Después de uno o dos años de trabajo en codificación, puede aspirar al CCS.',
    billingTitle: 'Crezca desde su primer empleo',
    billingNoStatus:
      'La facturación no tiene estatus de aprendiz. Su primer empleo le enseña las reglas de las aseguradoras.',
    billingBridge:
      'Un empleo en recepción o en registro de pagos puede llevarlo a la facturación, si todavía no lo contratan para facturar.',
    remoteSoon:
      'Usted dijo que necesita trabajar desde casa pronto. Cuente con un primer empleo en persona, y busque trabajo híbrido.',
    remoteMostHaveYears:
      'Muchos codificadores y facturadores trabajan desde casa, pero la mayoría tiene años de experiencia.',
    remoteNoSource:
      'No encontramos ninguna fuente que diga qué tan pronto los empleadores dejan trabajar desde casa a un principiante.',
    weekQuiz: 'Haga el cuestionario. Toma unos minutos.',
    weekWioa: 'Llame a un American Job Center (centro de empleo) y pregunte por WIOA.',
    weekWioaIn: 'Llame a un American Job Center (centro de empleo) en {state} y pregunte por WIOA.',
    weekCollege:
      'Busque el programa en el colegio comunitario más cercano. Pregunte cuándo empieza la próxima clase.',
    weekCourses: 'Compare dos cursos de codificación. Revise que cada uno dure al menos 80 horas.',
    weekExamPage: 'Lea la página del examen {acronym} para saber qué pide.',
    weekSearch: 'Busque empleos de "{title}" cerca de usted y lea lo que piden.',

    whyCodesAlready: 'Usted ya codifica, así que puede ir directo al examen.',
    whyCourse:
      'Aprende rápido o ya conoce las palabras de la salud, así que le sirve un curso a su propio ritmo.',
    whyCollege:
      'Usted es nuevo en el cuidado de la salud. Un programa de colegio le enseña el cuerpo, las palabras médicas y los libros de códigos, con un maestro.',
    whyBillsAlready: 'Usted ya hace trabajo de facturación, así que puede ir directo al examen.',
    whyBillingProgram:
      'Un programa corto de facturación enseña las reclamaciones (claims), las reglas de los seguros y los códigos que usan los facturadores.',
    whyCbcsUnsure:
      'Todavía no está seguro. El CBCS cubre la facturación y la codificación, y su cuota es baja.',
    whyCca:
      'Tiene poco dinero. La cuota del CCA es más baja que la del CPC, y no necesita pagar cuotas de AAPC.',
    whyCpc: 'Es la credencial de codificación de AAPC para consultorios médicos y clínicas.',
    whyCpb:
      'Muestra que usted conoce las reclamaciones, las denegaciones y las apelaciones. Es la credencial de facturación de AAPC.',
    whyCbcs:
      'Su cuota es baja, y cubre la facturación y algo de codificación, como muchos primeros empleos.',
  },
});

/** The plan's words in one language: what lib/planner and the plan's islands take. */
export type PlanMessages = Translation<(typeof planMessages)['en']>;
