import { BODY_WORD } from './bodies.js';
import type { DecisionOutcome } from '../parsed-minutes.types.js';

/**
 * Decision phrases and the outcome they state. Each pattern is matched at the start of a sentence of the
 * decision, lower-cased, spaces collapsed. Order matters: `ikke godkendt` before `godkendt`, `indstilles
 * godkendt` before `godkendt`.
 */

// Optional subject words before the verb phrase: `Indstillingen godkendt`, `Sagen blev drøftet`, `Forslaget er dermed
// forkastet`.
// (The subject may carry what it is about before its verb: `Indstillingen om at sende forslaget i høring blev anbefalet ...`.)
export const SUBJECT = String.raw`(?:(?:[\p{L}-]{3,}(?:en|et|erne)|indstillingen|indstillingerne|administrationens indstilling|forvaltningens indstilling|sagen|punktet|orienteringen|meddelelsen|meddelelserne|forslaget|ændringsforslaget|orientering|beslutningen|planen|regnskabet|budgettet|dagsordenen|referatet)\s+(?:om\s+[^.;:]{1,80}?\s+(?=(?:blev|er|bliver)\s))?)?(?:blev\s+|er\s+|bliver\s+)?(?:dermed\s+|derfor\s+|således\s+|herefter\s+)?`;

export const OUTCOME_PHRASES: ReadonlyArray<[RegExp, DecisionOutcome]> = [
  // A council's hearing response as a sentence of its own (`Ældrerådet afgav høringssvar. Rådet kan ikke anbefale ...`):
  // what the response says after it (a refusal to recommend) is its content, not the council's verdict on the case.
  // (`... afgav høringssvar og anbefaler standarden` recommends: read below.)
  // (So is its decision to give one, `Rådet besluttede at afgive et kritisk høringssvar.`, and a response whose content is a
  // recommendation, `Rådet afgav høringssvar og anbefaler, at rengøring fortsat gives hver anden uge.`.)
  [/^[\p{L}-]+\s+(?:afgav|afgiver|har\s+afgivet|besluttede\s+at\s+afgive)\s+(?:følgende\s+|et\s+)?(?:[\p{L}-]+\s+)?høringssvar(?=\s*(?:[.:]|$|som\s|med\s|til\s|i\s|og\s+anbefaler\s*,?\s*at\s))/u, 'commented'],
  // A council that cannot recommend what it was heard on and gives its hearing answer in the same sentence (`Ældrerådet
  // kan ikke anbefale ændringen og afgiver høringssvar ...`): its answer's content, no refusal of the case (alone, `Rådet
  // kan ikke anbefale forslaget.` is one, read below).
  // (A recommendation to reject, `Indstilles forkastet.`, `Anbefales afvist.`, is a rejection, as `Anbefales ikke.`.)
  [/^[\p{L}-]+\s+(?:kan|kunne)\s+ikke\s+anbefale\s.{1,160}?\sog\s+(?:afgiver|afgav)\s+(?:et\s+|følgende\s+)?(?:[\p{L}-]+\s+)?høringssvar(?![\p{L}])/u, 'other'],
  // Nor is a council's objection to a point of what it was heard on, told as a clause (`Ældrerådet kan ikke anbefale, at
  // rengøringen sker hver tredje uge, ...`): its hearing answer's content. (What it cannot recommend named as a thing,
  // `Rådet kan ikke anbefale forslaget om ...`, refuses the case; a committee's `kan ikke anbefale, at ...` too, below.)
  [/^[\p{L}-]*råd(?:et)?\s+(?:kan|kunne)\s+ikke\s+anbefale\s*,\s*at(?=\s)/u, 'other'],
  [new RegExp(`^${SUBJECT}(?:ikke\\s+godkendt|ikke\\s+tiltrådt|ikke\\s+vedtaget|ikke\\s+anbefalet|ikke\\s+imødekommet|imødekommes\\s+ikke|ikke\\s+imødekommes|afslået|afslås|afslag|anbefales\\s+ikke|indstilles\\s+ikke|godkendes\\s+ikke|tiltrædes\\s+ikke|afvist|afvises|forkastet|forkastes|nedstemt|nedstemmes|faldt|ikke\\s+fulgt|følges\\s+ikke|(?:kan|kunne)\\s+ikke\\s+(?:anbefales|godkendes|tiltrædes|imødekommes)|(?:indstilles|anbefales)\\s+(?:forkastet|afvist|afslået))`, 'u'), 'rejected'],
  // A permit or grant refused in the passive: `Tilladelse meddeles ikke.`, `Dispensationen meddeles ikke.`, `Dispensation gives
  // ikke`, `Dispensationen blev ikke meddelt.`, `Der ydes ikke tilskud`, `Der meddeles ikke landzonetilladelse.`. (`Der gives afslag på landzonetilladelse.`: a refusal given in the passive.)
  [/^(?:der\s+)?(?:(?:tilladelse|dispensation|bevilling|godkendelse)(?:en|n)?|tilskud(?:det)?)\s+(?:(?:meddeles|gives|ydes)\s+ikke|blev\s+ikke\s+(?:meddelt|givet|ydet))\b|^der\s+(?:meddeles|gives|ydes)\s+ikke\s+[\p{L}-]*(?:tilladelse|dispensation|tilskud|bevilling)|^der\s+(?:gives|meddeles)\s+afslag\b|^der\s+(?:bevilges|bevilliges)\s+ikke\b|^der\s+blev\s+ikke\s+bevill?get\b/u, 'rejected'],
  // (`Administrationens indstilling blev fulgt, og ansøgningen afslås.`: the refusal stated in the sentence's second clause.)
  [/^.{3,160}?\s(?:faldt|blev\s+forkastet|forkastede|afviste|(?:ansøgningen|anmodningen|forslaget)\s+(?:afslås|afvises)|blev\s+ikke\s+(?:godkendt|vedtaget|imødekommet|anbefalet|bevilget)|(?:anbefales|godkendes|indstilles)\s+ikke|(?:kunne|kan)\s+ikke\s+(?:godkendes?|anbefales?|tiltrædes?|imødekommes?|tilslutte\s+sig)|(?:afslog|afslår)\s+(?:ansøgningen|anmodningen|forslaget)|kan\s+ikke\s+imødekommes|(?:meddelte|meddeler|gav|giver)\s+(?:\S+\s+)?afslag|(?:besluttede|vedtog)\s+at\s+(?:meddele|give)\s+(?:\S+\s+)?afslag)\b/u, 'rejected'],
  // Recommending to the deciding body (Kommunalbestyrelsen, Økonomiudvalget): the case is not decided yet.
  // `Oversendes til <organ>` alone passes the case on without a position (routing, below); with a recommendation
  // it is one. So do its synonyms `Fremsendes til <organ>.` and `Videresendes til <organ>.`: the verb only says where the
  // case goes (a budget follow-up forwarded to Økonomiudvalget); `Fremsendes til Byrådet med anbefaling.` recommends.
  // The impersonal recommendation over the points recommended (`Det indstilles, at` / `• planen godkendes.`): the committee's
  // recommendation in its own decision, as `Indstilles godkendt.` is.
  [/^det\s+(?:indstilles|anbefales)\s*,?\s*(?:at|til)(?![\p{L}])/u, 'recommended'],
  [new RegExp(`^${SUBJECT}(?:indstilles\\s+til\\s+(?:\\S+\\s+)?godkendelse|indstilles\\s+godkendt|indstilles|anbefales|anbefalet|anbefalede|(?:over|frem|videre)?sendes\\s+(?:videre\\s+)?til\\s+.{0,80}?med\\s+(?:\\S+\\s+)?anbefaling)`, 'u'), 'recommended'],
  [/^.{3,120}?\s(?:anbefaler|anbefalede|indstiller|indstillede)\s*,?\s+(?:indstillingen|sagen|forslaget|over\s+for|overfor|til|at|planen|det|enstemmigt)\b/u, 'recommended'],
  // (Without its subject, the recommending body's block naming it: `Beslutning fra Økonomiudvalget, <dato>, pkt. 32:` /
  // `Anbefaler at orienteringen tages til efterretning.`: a recommendation, whatever it recommends.)
  [/^(?:anbefaler|indstiller)\s*,?\s+(?:at|indstillingen|sagen|forslaget|over\s+for|overfor|til)(?![\p{L}])/u, 'recommended'],
  // A recommendation decided, as old protocols write every verdict (`Udvalget vedtog at anbefale projektet over for
  // økonomiudvalget og byrådet.`): before `vedtog` alone, read as an approval below.
  [/^.{3,120}?\s(?:besluttede|vedtog)\s+(?:enstemmigt\s+)?at\s+anbefale\b/u, 'recommended'],
  // The bodies addressed straight after the verb: `Udvalget anbefaler Økonomiudvalget og Byrådet at godkende ...`.
  // (Also with a comma before `at`: `Ældrerådet anbefaler Teknik- og Miljøudvalget, at der etableres fortov`.)
  [new RegExp(String.raw`^.{3,120}?\s(?:anbefaler|anbefalede)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*${BODY_WORD}(?:\s+og\s+[\p{L}-]+)?,?\s+at\b`, 'u'), 'recommended'],
  // What is recommended named between the verb and the body: `Udvalget anbefaler model B over for Økonomiudvalget`.
  // A grant or permission the body decided not to give: `Udvalget besluttede ikke at meddele tilladelse.`
  [/^.{3,120}?\s(?:besluttede|beslutter)\s+(?:ikke\s+at|at\s+ikke)\s+(?:meddele|give|imødekomme|godkende|bevilge|yde|tiltræde|vedtage)\b/u, 'rejected'],
  [/^.{3,120}?\s(?:anbefaler|anbefalede)\s+.{1,80}?\s(?:over\s+for|overfor)(?=\s+\p{L})/u, 'recommended'],
  // The same with `indstiller` and what it puts forward named by its own name (`Rådet indstiller Café Trappen til prisen over for
  // Byrådet`): a nomination sent to the body that decides it.
  [/^.{3,120}?\s(?:indstiller|indstillede)\s+(?!ikke\b).{1,80}?\s(?:over\s+for|overfor)(?=\s+\p{L})/u, 'recommended'],
  // A subject the list above does not know: `Model 2 indstilles godkendt over for Byrådet`, `Løsning B anbefales`.
  [/^.{3,80}?\s(?:indstilles\s+(?:godkendt|til\s+(?:\S+\s+)?godkendelse)|anbefales)(?!\s+ikke)\b/u, 'recommended'],
  // What is recommended named by any noun (after the forms above, which read the bodies addressed) in the definite form: `Rådet anbefaler strategien med den bemærkning, at ...`,
  // `Rådet indstiller fordelingen til godkendelse i Økonomiudvalget`.
  // (And the body's assent in the modal, `Udvalget kan anbefale regulativet`: `kan ikke anbefale` is read above.)
  [/^.{3,120}?\s(?:anbefaler|anbefalede|indstiller|indstillede|(?:kan|kunne)\s+anbefale)\s+[\p{L}-]{2,}(?:en|et|erne)(?![\p{L}])/u, 'recommended'],
  // Approved here and sent on with a recommendation (`Godkendt og anbefalet over for Byrådet.`, `Tiltrådt og anbefales til
  // Økonomiudvalget`): the case goes on to the body named, which decides it.
  [new RegExp(`^${SUBJECT}(?:godkendt|godkendes|tiltrådt|tiltrædes)\\s+og\\s+(?:anbefalet|anbefales|indstillet|indstilles)\\s+(?:over\\s+for|overfor|til)(?=\\s)`, 'u'), 'recommended'],
  // (`godkendtes` before `godkendt`: the word must end where the phrase does, and the first alternative that matches is kept;
  // never `Godkendtes ikke`.)
  [new RegExp(`^${SUBJECT}(?:godkendtes(?!\\s+ikke\\b)|godkendt|godkendes|tiltrådt|tiltrædes|vedtaget|vedtages|bevilget|bevilges|imødekommet|imødekommes|enstemmigt\\s+godkendt|godkendt\\s+enstemmigt|fulgt|følges|bifaldt|bifaldes|tages\\s+til\\s+følge|taget\\s+til\\s+følge|som\\s+indstillet)`, 'u'), 'approved'],
  // A permit or a dispensation the body granted (`Udvalget meddelte landzonetilladelse på vilkår ...`; `meddelte afslag`
  // is read above; the impersonal `Der gives tilladelse.` says no more than the Indstilling); an allocation decided
  // (`Tilskuddet fordeles efter model C.`).
  [/^.{3,120}?\s(?:meddelte|meddeler|gav|giver)\s+(?:\S+\s+)?(?:[\p{L}-]*tilladelse|dispensation)\b/u, 'approved'],
  [new RegExp(`^${SUBJECT}(?:fordeles|fordelt)\\s+(?:efter|som|på|mellem|således)(?![\\p{L}])`, 'u'), 'approved'],
  // The body as the subject of the allocation (`Udvalget fordelte tilskuddet efter model B.`, `Rådet fordeler puljen som foreslået`).
  [/^[\p{L}-]{3,}\s+(?:fordelte|fordeler)\s+(?:[\p{L}-]+\s+){1,3}?(?:efter|som|mellem|således)(?![\p{L}])/u, 'approved'],
  // (`Udvalget kunne godkende indstillingen`: the refusal `kunne ikke godkende` is read above.)
  // (`Folkeoplysningsudvalget kan tilslutte sig politikken.`: the body's assent; `kan ikke tilslutte sig` is read above.)
  [/^.{3,120}?\s(?:godkender|godkendte|tiltræder|tiltrådte|vedtog|vedtager|besluttede\s+at\s+godkende|(?:kunne|kan)\s+(?:godkende|tiltræde|tilslutte\s+sig)|tilsluttede\s+sig)\b/u, 'approved'],
  // A grant or an application met in the past tense, the body as subject: `Udvalget imødekom ansøgningen med 250.000 kr.`,
  // `Lokaludvalget bevilgede i alt 41.500 kr.` (the refusals `afslog`, `imødekom ikke` are read above or below).
  [/^.{3,120}?\s(?:imødekom|imødekommer)\s+(?!ikke\b)(?:ansøgningen|anmodningen|ønsket|forslaget)\b|^.{3,120}?\s(?:bevilgede|bevilger)(?=\s+(?!ikke\b)\S)/u, 'approved'],
  // A grant in the impersonal passive: `Der bevilges 80.000 kr. fra puljen.`, `Der ydes et tilskud på 20.000 kr.` (the
  // refusal, `Der ydes ikke tilskud`, is read above).
  [/^der\s+(?:bevilges|bevilgedes|ydes)(?=\s+(?:et\s+|i\s+alt\s+)?(?:tilskud|underskudsgaranti|\d))/u, 'approved'],
  // A sum granted to a named applicant: `Kvindenetværket Holte får 7.500 kr.`, `Koret fik et tilskud på 5.000 kr.`
  [/^.{3,80}?\s(?:får|fik)\s+(?:et\s+tilskud\s+på\s+)?\d[\d.]*(?:,\d+)?\s*(?:kr\b|mio\.)/u, 'approved'],
  // Decided to send out for consultation (`Byrådet besluttede at sende forslaget i offentlig høring`): approved for a
  // hearing, as `sendes i høring` below (other sending is routing).
  // (Also the body's own verb, `Udvalget sender forslaget i høring i otte uger.`.)
  [/^.{3,120}?\s(?:(?:besluttede|beslutter)\s+at\s+sende|sender|sendte)\s+(?:[\p{L}-]+\s+){0,3}i\s+(?:offentlig\s+)?høring/u, 'approved'],
  // A decision stated as what the body decided to do: `Rådet besluttede at afholde valget som brevvalg.` (postponing,
  // routing and recommending, decided the same way, are read by their own phrases).
  [/^.{3,120}?\s(?:besluttede|beslutter)\s+(?:enstemmigt\s+)?at(?=\s+(?!udsætte|sende|oversende|videresende|henvise|anbefale|indstille|tage\s|drøfte|afvise|afslå|ikke\s)\p{L})/u, 'approved'],
  // The same with a clause after a comma: `Ældrerådet besluttede, at valget holdes som brevvalg.` (not a clause that
  // postpones, refuses, recommends, routes or only notes: `besluttede, at sagen udsættes`, `..., at forslaget ikke ...`).
  [/^.{3,120}?\s(?:besluttede|beslutter),\s+at(?=\s+(?![^.]*?(?:udsæt|\sikke\s|afvis|afslå|anbefal|indstill|sendes|oversend|videresend|henvis|drøft|efterretning))\p{L})/u, 'approved'],
  // A choice among the alternatives the case laid out (`Udvalget valgte model D til høring.`, `Rådet pegede på scenarie 2.`):
  // the body decided.
  [/^[\p{L}-]{3,}\s+(?:valgte|vælger|pegede\s+på|peger\s+på)\s+(?:model|modellen|scenarie|scenariet|løsning|løsningen|alternativ|variant|mulighed)(?![\p{L}])/u, 'approved'],
  // A subject the list above does not know, then its verdict: `Emil Holm (A) blev godkendt som stedfortræder ...`.
  [/^.{3,120}?\s(?:blev|er)\s+godkendt\b/u, 'approved'],
  // `Kim Holm og Ole Berg godkendt.`, `Herefter godkendt.`, `Tilskud på 30.000 kr. bevilget.`: a short sentence that ends in
  // the verdict.
  [/^.{3,120}?\s(?:godkendt|tiltrådt|vedtaget|bevilget)\.?$/u, 'approved'],
  // A grant or permission given as proposed (`Bevillingen blev givet som indstillet.`), before `givet` of `Orientering givet`.
  [new RegExp(`^${SUBJECT}(?:givet|meddelt|bevilget|vedtaget|godkendt)\\s+som\\s+(?:indstillet|ansøgt)`, 'u'), 'approved'],
  // A grant or permission given (`Bevillingen blev givet.`, `Tilladelsen er meddelt`, a compound's `Anlægsbevillingen blev
  // givet med den ændring, ...`): what is given is no orientation.
  [/^[\p{L}-]*(?:bevillingen|tilladelsen|dispensationen|tilskuddet|garantien|lånet)\s+(?:blev\s+|er\s+)?(?:givet|meddelt)\b/u, 'approved'],
  // A grant in the impersonal passive (`Der bevilges 75.000 kr. fra puljen.`, `Der blev bevilget 6.000 kr.`, `Der gives et
  // tilskud på 20.000 kr.`, `Der meddeles landzonetilladelse.`); the refusals `Der ydes ikke tilskud` are read above.
  // (The verb ends the phrase: what follows is the rest of the decision.)
  [/^der\s+(?:blev\s+|er\s+)?(?:bevilges|bevilget|bevilliges|bevilliget)(?=\s+(?!ikke\b)\S)|^der\s+(?:blev\s+|er\s+)?(?:gives|givet|ydes|ydet|meddeles|meddelt)(?=\s+(?:(?:et|en)\s+)?(?:[\p{L}-]*(?:tilladelse|dispensation|tilskud|bevilling|garanti)|\d))/u, 'approved'],
  // Sent out for consultation (`Planudkastet sendes i høring.`, `Forslaget blev sendt i offentlig høring`): approved for a hearing.
  [new RegExp(`^${SUBJECT}(?:sendes|sendt)\\s+i\\s+(?:offentlig\\s+)?høring`, 'u'), 'approved'],
  [new RegExp(`^${SUBJECT}(?:taget\\s+til\\s+efterretning|tages\\s+til\\s+efterretning|til\\s+efterretning|taget\\s+til\\s+orientering|til\\s+orientering|orientering\\s+givet|orienteringen\\s+givet|givet|orienteret)`, 'u'), 'noted'],
  [/^.{3,120}?\s(?:tager|tog|taget|tages)\s+(?:.{0,80}\s)?til\s+(?:efterretning|orientering)/u, 'noted'],
  [/^.{3,120}?\s(?:blev|er)\s+orienteret\b/u, 'noted'],
  // An orientation received: `Orienteringen blev modtaget`, `Udvalget har modtaget orienteringen`.
  [/^(?:orienteringen|meddelelsen|meddelelserne|redegørelsen|afrapporteringen)\s+(?:blev\s+|er\s+)?modtaget|^.{3,120}?\s(?:har\s+modtaget|modtog)\s+(?:orienteringen|meddelelsen|meddelelserne|redegørelsen|afrapporteringen)\b/u, 'noted'],
  // What the committee was told, listed (`Orientering om:` / `- <emne>`, a standing item's record): noted.
  [/^orientering(?:er)?\s+om\s*:/u, 'noted'],
  [/^(?:sagen\s+blev\s+)?drøftet\s+og\s+(?:taget\s+)?til\s+efterretning/u, 'noted'],
  [new RegExp(`^${SUBJECT}(?:drøftet|drøftes|drøftedes)`, 'u'), 'discussed'],
  [/^.{3,120}?\s(?:drøftede|drøfter)\b/u, 'discussed'],
  [new RegExp(`^${SUBJECT}(?:udgår|udgik|trukket|trækkes|taget\\s+af\\s+dagsordenen|bortfalder|bortfaldt)`, 'u'), 'withdrawn'],
  [/^.{3,160}?\s(?:bemærker|(?:afgiver|afgav)\s+(?:følgende\s+)?(?:høringssvar|bemærkninger))\b/u, 'commented'],
  // Nothing to decide (`Eventuelt`: `Intet.`, `Intet at bemærke.`, `Ingen bemærkninger.`): no outcome, but no reading
  // failure either, so that no short line further on (a signature's `Protokollen godkendt:`) is taken for the verdict.
  [/^(?:intet|ingen)(?:\s+(?:at\s+(?:bemærke|meddele|referere|behandle)|til\s+referat|bemærkninger|punkter|sager))?\s*\.?$/u, 'other'],
  // Routing the case elsewhere is a decision of its own kind, kept as `other` but not a reading failure (`Sagen sendes
  // til Byrådet uden anbefaling.`: passed on without a position, as `Oversendes til <organ>` alone; `Sagen sendes til
  // udtalelse i <udvalg>`; `Sendes til Teknisk Udvalg med henblik på en prioritering.`: sent on for another body's work).
  [new RegExp(`^${SUBJECT}(?:sendes\\s+tilbage|sendt\\s+tilbage|sendes\\s+til\\s+fornyet\\s+behandling|henvises\\s+til|henvist\\s+til|oversendes|oversendt|(?:fremsendes|fremsendt|videresendes|videresendt)\\s+til|(?:sendes|sendt)\\s+til\\s+udtalelse|(?:sendes|sendt)\\s+(?:videre\\s+)?til\\s+.{1,80}?\\s+med\\s+henblik\\s+på|(?:sendes|sendt)\\s+(?:videre\\s+)?til\\s+.{0,80}?uden\\s+(?:\\S+\\s+)?anbefaling)`, 'u'), 'other'],
  // The body as the subject of the sending on without a position: `Udvalget kunne ikke blive enige og oversender sagen
  // uden indstilling.`, `Rådet sendte sagen videre til Byrådet uden anbefaling.`.
  [/^.{3,120}?\s(?:oversender|oversendte|sender|sendte)\s+sagen\s+(?:videre\s+)?(?:til\s+.{1,80}?\s)?uden\s+(?:\S+\s+)?(?:indstilling|anbefaling)/u, 'other'],
];

// (`Sagen blev ikke behandlet og udsættes`: the postponement in the sentence's second clause. `Mødet er aflyst.` as an
// item's decision: the meeting did not take place, so every item on its agenda is postponed. `Ikke færdigbehandlet.`,
// `Punktet blev ikke færdigbehandlet.`: the meeting ran out of time, the item comes back.)
/** The decision follows the Indstilling (`Indstillingen blev fulgt`, `Indstillingen følges`): what it did, the Indstilling or the next sentence says. */
export const FOLLOWS_INDSTILLING = /^(?:indstillingen|indstillingerne|(?:administrationens|forvaltningens|direktørens)\s+indstilling)\s+(?:blev\s+|er\s+)?(?:fulgt|følges)\b/iu;

export const POSTPONED_PHRASE = new RegExp(`^(?:mødet\\s+(?:er\\s+(?:blevet\\s+)?|blev\\s+)?aflyst(?![\\p{L}])|${SUBJECT}(?:udsættes|udsat|udskudt|udskydes|genoptages|ikke\\s+færdigbehandlet|(?:behandles|tages\\s+op(?:\\s+igen)?)\\s+på\\s+(?:et\\s+)?(?:senere|næste)\\s+møde)(?![\\p{L}])|.{3,120}?\\s(?:udsatte|besluttede\\s+at\\s+udsætte|ønskede\\s+at\\s+udsætte|og\\s+(?:blev\\s+)?(?:udsættes|udsat)(?![\\p{L}])))`, 'u');

/** `med disse bemærkninger:`, `med de faldne bemærkninger`: says remarks follow (or were made), nothing more. */
export const REMARKS_BOILERPLATE = /^(?:med\s+(?:disse|denne|følgende|de|den)\s+(?:faldne\s+)?bemærkning(?:er)?|med\s+bemærkning(?:er)?|jf\.?\s+nedenfor)?\s*[:.]?$/u;

/**
 * The body a recommendation goes on to: `... over for Økonomiudvalget og Byrådet`, `Fremsendes til Byrådet ...`,
 * `Anbefales til godkendelse i Byrådet`, `Indstillingen anbefales godkendt i Byrådet`; a joint body's `over for
 * Frederikssund Byråd og Halsnæs Byråd` (the town before the council's word is the name's).
 */
export const RECOMMENDED_TO = new RegExp(
  String.raw`\b(?:over\s+for|overfor|til|videre\s+til)\s+(?<body>(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*${BODY_WORD}(?![\p{L}]))?(?:\s+og\s+|\s*,\s*)?)+)|\banbefaler\s*,?\s+at\s+(?<deciding>[\p{L}-]+(?:et|en))\s+(?:godkender|vedtager|tiltræder)|\b(?:til\s+(?:endelig\s+)?(?:godkendelse|beslutning|vedtagelse|behandling)|anbefales\s+godkendt)\s+(?:i|hos|af)\s+(?<target>\p{Lu}[\p{L}-]*)` +
    // `Udvalget anbefaler Økonomiudvalget og Byrådet at ...`, `... anbefaler Teknik- og Miljøudvalget, at ...`: the first body addressed.
    String.raw`|\banbefaler\s+(?<addressed>(?:\p{Lu}[\p{L}-]*-\s+og\s+)?\p{Lu}[\p{L}-]*${BODY_WORD})(?=(?:\s+og\s+\p{Lu}[\p{L}-]*)?,?\s+at\b)`,
  'u',
);

/**
 * `... indstiller til byrådet,`, `anbefales over for økonomiudvalget`: a body in lower case, told by its name's last word.
 * Or addressed in lower case, one word, before what it is asked to do: `Udvalget anbefaler byrådet at godkende ...`.
 */
export const RECOMMENDED_TO_NAMED = new RegExp(
  String.raw`\b(?:over\s+for|overfor|indstiller\s+til|anbefaler\s+til|videre\s+til)\s+(?<body>(?:[\p{L}-]+\s+){0,4}?[\p{L}-]*${BODY_WORD})(?![\p{L}])` +
    String.raw`|\banbefaler\s+(?<addressed>[\p{L}-]*${BODY_WORD})(?=,?\s+at\b)`,
  'iu',
);

/** `Indstilles til byrådets godkendelse.`, `Sendes til økonomiudvalgets behandling`: the body in the genitive, any case. */
export const RECOMMENDED_TO_GENITIVE = new RegExp(String.raw`\btil\s+(?<body>(?:[\p{L}-]+\s+){0,4}?[\p{L}-]*${BODY_WORD})s\s+(?:endelige\s+)?(?:godkendelse|beslutning|vedtagelse|behandling)(?![\p{L}])`, 'iu');

/** Sentences at the top of a decision that state attendance or times, not the decision. */
export const DECISION_PREAMBLE =
  /^(?:mødet\s+(?:startede|begyndte|sluttede|blev\s+hævet|hævet)|fraværende|afbud|ikke\s+til\s+stede|deltagerne\s+var|deltog\s+ikke|følgende\s+deltog|i\s+stedet\s+for\s|\d+\.\s+\p{Lu}|.{2,120}\s(?:var\s+fraværende|havde\s+meldt\s+afbud|deltog\s+ikke|var\s+ikke\s+til\s+stede|forlod\s+mødet|deltog\s+(?:ikke\s+)?i\s+behandlingen))/iu;

/**
 * A vote on an amendment, before the decision on the case itself: `Ændringsforslag fra Ø om ... blev forkastet med 2
 * stemmer for (Ø) og 24 imod. Budgetforslaget blev herefter vedtaget.` The amendment's fate is not the case's.
 */
export const AMENDMENT_VOTE = /^(?:et\s+|det\s+)?ændringsforslag(?:et)?(?![\p{L}])/iu;
/**
 * The word every text `AMENDMENT_VOTE` matches holds, with its flags: a line without it (most) holds no amendment's vote
 * and is not split into sentences to be asked (see the spec that proves it against the pattern).
 */
export const AMENDMENT_VOTE_WORD = /ændringsforslag/iu;

/**
 * Votes written as sentences: `Emma Holt (Ø) stemte imod.`, `1 medlem (Ø) stemmer imod.`, `5 medlemmer (A+C+N) anbefaler
 * indstillingen.`, `Et flertal (C og V) godkendte indstillingen.` (the verdict's verbs count only after counted members);
 * a majority's and a minority's parties with the verdict's verb and any object, the minority's negated: `Et flertal (A, V
 * og DF) anbefaler planen. Et mindretal (SF) kan ikke anbefale planen, ...`.
 */
export const VOTE_SENTENCE = /^(?<who>.+?)\s+(?<position>stemte\s+imod|stemmer\s+imod|stemte\s+for|stemmer\s+for|undlod\s+at\s+stemme|(?:anbefaler|anbefalede|godkender|godkendte|tiltræder|tiltrådte)\s+indstillingen|(?<=(?:flertal|mindretal)(?:let)?\s*\([^()]+\)\s+)(?:anbefaler|anbefalede|godkender|godkendte|tiltræder|tiltrådte|(?:kan|kunne)\s+ikke\s+(?:anbefale|godkende|tiltræde)))\b/iu;
/**
 * The position before the verb: `For forslaget stemte O.`, `Imod indstillingen stemte A, V og Ø.`, `For afslag stemte 5`; a First Agenda page's
 * counted vote without a colon, `For stemte 23 (A, V, C)` and `Undlod at stemme 2 (K)`.
 */
export const VOTE_SENTENCE_POSITION_FIRST = /^(?<position>(?:for|imod)\s+(?:(?:forslaget|indstillingen|ændringsforslaget|beslutningen|afslag(?:et)?)\s+)?stemte|undlod\s+at\s+stemme)\s*:?\s+(?<who>[^.]+?)\s*\.?$/iu;
/**
 * `5 medlemmer (A+C+N)`, `Et flertal (C, V og A)`, `Et mindretal (Ø)`: the parties of a counted vote; in words, `Et flertal
 * bestående af A og V` (a capital after `af`: the parties, not a sentence going on).
 */
export const COUNTED_MEMBERS = /^(?:\d+\s+medlem(?:mer)?|et\s+(?:flertal|mindretal)|(?:flertallet|mindretallet))\s*(?:\((?<parties>[^()]+)\)|bestående\s+af\s+(?<named>\p{Lu}.{0,60}))$/iu;

/** A vote's parties after their count: `For stemte: 5 (A, F og Ø)`, `Imod stemte: 2 (V)`. */
export const COUNT_BEFORE_PARTIES = /^\d+\s*\((?<parties>[^()]+)\)\s*\.?$/u;
/**
 * A count of votes and the parties behind it in prose: `Godkendt med 16 stemmer (C, V, A og B) mod 2 (Ø og F)`, `vedtaget
 * med 15 stemmer mod 4 (SF og Enhedslisten)`, `godkendt med 22 stemmer for og 6 imod (Ø og F)` (the majority's parties unnamed),
 * `forkastet med 4 stemmer (SF) mod 17` (the minority's unnamed; a match that names neither side's parties says no vote).
 */
export const VOTES_FOR_AGAINST_IN_SENTENCE = /(?<!\w)\d+\s+stemmer(?:\s+for)?(?:\s*\((?<for>[^()]+)\))?\s*,?\s+(?:mod\s+\d+|og\s+\d+\s+(?:stemmer\s+)?imod)(?:\s*\((?<against>[^()]+)\))?/giu;
/** `idet 2 (Ø og F) stemte for, og 17 (C, V, A, B og O) stemte imod`, `idet 1 (O) undlod at stemme`: counted parties, then their vote. */
export const COUNTED_PARTIES_VOTED = /(?<!\w)\d+\s*\((?<who>[^()]+)\)\s+(?<position>stemte\s+for|stemte\s+imod|stemmer\s+for|stemmer\s+imod|undlod\s+at\s+stemme)/giu;
/**
 * Votes counted inside the decision sentence: `Godkendt med 4 stemmer for (A, F og Ø) og 2 stemmer imod (V og O).`;
 * the other side may follow without its noun (`med 6 stemmer for (A, F og Ø) og 3 imod (V og O)`, `med 1 stemme for
 * (O) mod 5 (A, F og V)`): read as `against` after a count `for`.
 */
export const COUNTED_VOTES_IN_SENTENCE = /(?<!\w)\d+\s+stemmer?\s+(?<position>for|imod)\s*\((?<who>[^()]+)\)(?:\s*,?\s*(?:og|mod)\s+\d+\s+(?:stemmer?\s+)?(?:imod\s*)?\((?<against>[^()]+)\))?/giu;

/**
 * Votes and reservations kept with the decision (`For stemte:`, and `For stemmer:` as Bornholm writes it; København's
 * council counts the members first: `For stemte 44 medlemmer: A, B og C`, Viborg's only the votes: `For stemte 5: F og Ø`).
 */
// (And as unknown systems write them: `Stemmer for: A, V`, `Følgende stemte imod: Ø`, `Følgende undlod at stemme: O`; a
// postponement voted on, `For udsættelse stemte: <navne>`, and a refusal, `For afslag stemte: <navne>`.)
export const VOTE_LINE = /^(?<position>følgende\s+(?:stemte\s+(?:for|imod)|undlod\s+at\s+stemme)|stemmer\s+(?:for|imod)|for\s+(?:indstillingen\s+|forslaget\s+|udsættelsen?\s+|afslag(?:et)?\s+)?stemte|imod\s+(?:indstillingen\s+|forslaget\s+|udsættelsen?\s+|afslag(?:et)?\s+)?stemte|for\s+stemmer|imod\s+stemmer|undlod\s+at\s+stemme|hverken\s+for\s+eller\s+imod|stemte\s+for|stemte\s+imod|for|imod|undlod)\s*(?:\(\d+\)|\d+(?:\s+medlem(?:mer)?)?)?\s*:\s*(?<who>.+)$/iu;
/** A party's group named with its letter (Hvidovre's `For: Gruppe A, F og Ø.`, `Imod: Liste H og Gruppe V.`): the letter is the party. */
export const PARTY_GROUP_WORD = /(?<![\p{L}])(?:[Gg]ruppe|[Ll]iste)\s+(?=\p{Lu}{1,2}(?![\p{L}]))/gu;
/** A vote's count after its parties: `For stemmer: A, V og Ø (5)` (Bornholm). */
export const COUNT_AFTER_PARTIES = /\s*\(\d+\)\s*\.?$/u;
/**
 * What stands before the reserving (or voting) members in a clause of the decision sentence: `Godkendt, idet Ø tog
 * forbehold`, `Forslaget faldt, idet kun F stemte for` (`kun` says how few, no name's).
 */
export const RESERVATION_CLAUSE_LEAD = /^.*(?:,\s*(?:idet|men|dog|hvorefter|hvor)\s+(?:kun\s+|alene\s+)?|;\s*)/iu;
/** A member's vote told in the same sentence before the reservation (`Jørn Bak stemte imod og tog forbehold for ...`): not the name's. */
export const VOTE_BEFORE_RESERVATION = /\s+(?:stemte\s+(?:imod|for)|undlod\s+at\s+stemme)\s+og\s*$/iu;
/** Reservations after a label: `Forbehold: Ø, V`, `Forbehold taget af: Kim Lund`. */
export const RESERVATION_LABEL = /^(?:forbehold(?:\s+taget\s+af)?|taget\s+forbehold)\s*:\s*(?<who>\S.*)$/iu;
export const RESERVATION = /\b(?:tog|tager|tages?)\s+(?:\w+\s+){0,3}forbehold\b|\bforbehold\s+(?:for|fra)\b|\b(?:kan|kunne)\s+ikke\s+(?:tiltræde|anbefale|godkende|medvirke\s+til)\b|\bønskede\s+(?:sin\s+)?(?:mindretals)?udtalelse\s+ført\s+til\s+protokol/iu;
/**
 * A word that every RESERVATION match holds (`forbehold`, `ikke`, `protokol`, matched as RESERVATION matches them):
 * tested first. RESERVATION opens its alternatives with `\b`, which under `iu` V8 tests by look-arounds at every
 * character: about 5 µs a sentence of 100 characters against 0.1-0.2 µs for this test, asked of every sentence of a
 * decision that names a reservation word.
 */
export const RESERVATION_KEYWORD = /forbehold|ikke|protokol/iu;

/**
 * An amendment and what became of it (`Ændringsforslag nr. 1 fra Enhedslisten ... blev forkastet.`, `Ændringsforslaget
 * blev forkastet efter følgende afstemning:`): voted on before the proposal itself, so not the decision's verdict.
 */
export const AMENDMENT_SENTENCE = /^(?:(?:et|det)\s+)?(?:under)?ændringsforslag(?:et|ene)?\b/iu;
/** A proposal quoted in the decision (`"Andelen hæves til 40 pct."`): its words are no verdict. */
export const QUOTED_SENTENCE = /^["“”„«»]/u;

/**
 * The meeting's own business an informal referat records as an item's whole record (`1. Velkomst` / `Formanden bød
 * velkommen, ...`; `7. Eventuelt` / `Næste møde holdes den 6. maj i Hurup.`): the item's record with no outcome of its
 * own. Not a verdict phrase: under it (`Forpersonen bød velkommen.` / `Dagsordenen blev godkendt.`) the verdict is read.
 */
export const MEETING_BUSINESS = /^(?:[\p{L}-]+\s+){0,3}bød\s+(?:\p{L}+\s+)?velkommen\b|^næste\s+møde\s+(?:holdes|afholdes|er|bliver|finder)\b/iu;

/**
 * What an informal referat's råd asked of someone, told as the last sentence of its record (`7. Eventuelt` / `•
 * Busplanen: A oplyste, at ... Rådet beder sekretæren om at rette henvendelse til trafikselskabet.`): its verdict, read
 * as `other` (no outcome phrase of its own). The body named first, by a word of `BODY_WORD`'s kind (`Rådet`, `Udvalget`).
 */
export const BODY_REQUEST = new RegExp(String.raw`^[\p{L}-]*${BODY_WORD}\s+(?:beder|bad|anmoder|anmodede)\s+(?:[\p{L}-]+\s+){1,4}?om\s`, 'iu');
