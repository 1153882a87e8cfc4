import {
  createAnalyzer,
  DEFAULT_MODEL_ONLY_THRESHOLDS,
  DEFAULT_SIGN_THRESHOLDS,
  detectLanguage,
  LABELLED_SENTIMENT,
  SIGN_EXAMPLES,
  SignModel,
  WARNING_SIGNS,
  type Sentiment,
  type SignExample,
} from '@fulcrum/analysis';
import type { AirlineTweet } from '../datasets';
import type { Cell, Table } from '../report';
import { scoreFlagged, scoreSigns } from './sign-examples';

const CV_FOLDS = 5;

/** Per-sign precision and recall on the held-out labelled sentences, and 5-fold CV over all of them. */
export function evaluateLabelledSigns(): Table[] {
  const heldOut = SIGN_EXAMPLES.filter((example) => example.heldOut);
  const train = SIGN_EXAMPLES.length - heldOut.length;
  const rules = scoreSigns(heldOut, { rulesOnlySigns: true });
  const model = scoreSigns(heldOut, {});
  const crossValidated = crossValidate(SIGN_EXAMPLES, CV_FOLDS);
  const rows: Cell[][] = WARNING_SIGNS.map((sign, index) => [
    sign,
    rules[index].precision,
    rules[index].recall,
    model[index].precision,
    model[index].recall,
    crossValidated[index].precision,
    crossValidated[index].recall,
    DEFAULT_SIGN_THRESHOLDS[sign],
    DEFAULT_MODEL_ONLY_THRESHOLDS[sign],
    `${model[index].positives} / ${model[index].negatives}`,
  ]);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  rows.push([
    'mean of signs',
    mean(rules.map((row) => row.precision)),
    mean(rules.map((row) => row.recall)),
    mean(model.map((row) => row.precision)),
    mean(model.map((row) => row.recall)),
    mean(crossValidated.map((row) => row.precision)),
    mean(crossValidated.map((row) => row.recall)),
    '',
    '',
    `${heldOut.length} sentences`,
  ]);
  return [
    {
      title: `Warning signs on labelled sentences (${SIGN_EXAMPLES.length.toLocaleString('en-GB')} written for Fulcrum; ${heldOut.length} held out)`,
      intro:
        'Customer and staff sentences: canonical wording, paraphrases and idioms, and hard negatives (innocent trigger words, the wrong actor, negated or resolved problems). A sentence is a negative example of every sign it is not labelled with. "Rules only" is the phrase rules with the clause checks (actor, negation scope, condition) and no model; "rules + model" is the shipped default (model trained on the other sentences, thresholds chosen on their out-of-fold predictions).',
      columns: [
        'sign',
        'rules only: precision',
        'rules only: recall',
        'rules + model: precision (held out)',
        'rules + model: recall (held out)',
        `precision (${CV_FOLDS}-fold CV, all)`,
        `recall (${CV_FOLDS}-fold CV, all)`,
        'threshold',
        'model alone',
        'held-out positives / negatives',
      ],
      rows,
      notes: [
        `Held out: one sentence in four, chosen by a hash of its text; the model is trained on the other ${train}.`,
        `Cross-validation retrains the model ${CV_FOLDS} times on four fifths of all sentences (default thresholds), for figures on more examples than the held-out set has.`,
        'Threshold: the confidence a flag needs; model alone: the confidence it needs when no rule of the sign fired in the sentence. Both chosen per sign on 10-fold out-of-fold predictions over the training split (tools/eval/src/calibrate-signs.ts).',
        'The sentences were written while building the rules and model, so these figures are optimistic for text from elsewhere.',
      ],
    },
  ];
}

function crossValidate(examples: readonly SignExample[], folds: number) {
  const flagged = examples.map(() => new Set<string>());
  for (let fold = 0; fold < folds; fold++) {
    const analyzer = createAnalyzer({
      signModel: SignModel.train(examples.filter((_, index) => index % folds !== fold)),
    });
    examples.forEach((example, index) => {
      if (index % folds !== fold) return;
      for (const flag of analyzer.flags(example.text, { source: example.writer }))
        flagged[index].add(flag.type);
    });
  }
  return scoreFlagged(examples, flagged);
}

function threeWay(sentiment: Sentiment): string {
  if (sentiment.label !== 'mixed') return sentiment.label;
  if (sentiment.score > 0) return 'positive';
  return sentiment.score < 0 ? 'negative' : 'neutral';
}

/** Agreement of the untrained sentiment with labelled customer and staff sentences. */
export function evaluateLabelledSentiment(): Table {
  const analyzer = createAnalyzer();
  const rows: Cell[][] = [];
  const byGroup = new Map<string, { agree: number; total: number }>();
  const count = (group: string, agree: boolean) => {
    const entry = byGroup.get(group) ?? { agree: 0, total: 0 };
    entry.total++;
    if (agree) entry.agree++;
    byGroup.set(group, entry);
  };
  for (const sample of LABELLED_SENTIMENT) {
    const predicted = threeWay(analyzer.analyze(sample.text, { source: sample.writer }).sentiment);
    const agree = predicted === sample.label;
    count('all', agree);
    count(`${sample.writer}-written`, agree);
    count(`labelled ${sample.label}`, agree);
  }
  for (const [group, { agree, total }] of byGroup) rows.push([group, agree / total, total]);
  return {
    title: 'Sentiment on labelled customer and staff sentences (untrained)',
    intro: `${LABELLED_SENTIMENT.length} sentences written for Fulcrum: service vocabulary that is no opinion ("your refund has been processed"), intensifiers ("incredibly rude"), negation ("not once was anyone rude"), and warning signs told without an opinion word ("I'm switching to another bank").`,
    columns: ['sentences', 'agreement', 'count'],
    rows,
    notes: ['A text read as mixed counts for the side its score leans to.'],
  };
}

// Sentences written for this evaluation (not from any data set), ten per language.
export const OTHER_LANGUAGES: Record<string, string[]> = {
  de: [
    'Ich warte seit drei Wochen auf eine Antwort.',
    'Der Mitarbeiter war sehr unfreundlich zu mir.',
    'Meine Karte wurde gesperrt und niemand hilft mir.',
    'Ich möchte mein Konto kündigen.',
    'Die Rückerstattung ist immer noch nicht da.',
    'Warum dauert das so lange?',
    'Ich habe schon fünfmal angerufen.',
    'Das ist eine Frechheit, ich wechsle die Bank.',
    'Bitte rufen Sie mich zurück.',
    'Die App funktioniert seit gestern nicht mehr.',
  ],
  es: [
    'Llevo tres semanas esperando una respuesta.',
    'El empleado fue muy grosero conmigo.',
    'Me bloquearon la tarjeta y nadie me ayuda.',
    'Quiero cancelar mi cuenta.',
    'Todavía no he recibido el reembolso.',
    '¿Por qué tarda tanto?',
    'He llamado cinco veces y no me responden.',
    'Es una vergüenza, me cambio de banco.',
    'Por favor, llámenme lo antes posible.',
    'La aplicación no funciona desde ayer.',
  ],
  fr: [
    "J'attends une réponse depuis trois semaines.",
    "L'employé a été très impoli avec moi.",
    'Ma carte est bloquée et personne ne m’aide.',
    'Je veux fermer mon compte.',
    "Je n'ai toujours pas reçu le remboursement.",
    'Pourquoi est-ce que cela prend autant de temps ?',
    "J'ai appelé cinq fois et on ne me répond pas.",
    'Le service client est une honte.',
    'Merci de me rappeler dès que possible.',
    "L'application ne marche plus depuis hier.",
  ],
  it: [
    'Aspetto una risposta da tre settimane.',
    "L'impiegato è stato molto scortese con me.",
    'La mia carta è bloccata e nessuno mi aiuta.',
    'Voglio chiudere il mio conto.',
    'Non ho ancora ricevuto il rimborso.',
    'Perché ci vuole così tanto tempo?',
    'Ho chiamato cinque volte e non rispondono.',
    'È una vergogna, cambio banca.',
    'Per favore, richiamatemi.',
    "L'app non funziona da ieri.",
  ],
  pt: [
    'Estou esperando uma resposta há três semanas.',
    'O funcionário foi muito grosso comigo.',
    'O meu cartão foi bloqueado e ninguém me ajuda.',
    'Quero encerrar a minha conta.',
    'Ainda não recebi o reembolso.',
    'Por que demora tanto?',
    'Liguei cinco vezes e ninguém atende.',
    'É uma vergonha, vou mudar de banco.',
    'Por favor, me liguem de volta.',
    'O aplicativo não funciona desde ontem.',
  ],
  nl: [
    'Ik wacht al drie weken op een antwoord.',
    'De medewerker was erg onbeleefd tegen mij.',
    'Mijn kaart is geblokkeerd en niemand helpt mij.',
    'Ik wil mijn rekening opzeggen.',
    'Ik heb de terugbetaling nog steeds niet ontvangen.',
    'Waarom duurt het zo lang?',
    'Ik heb al vijf keer gebeld.',
    'Dit is schandalig, ik ga naar een andere bank.',
    'Bel mij alstublieft terug.',
    'De app werkt sinds gisteren niet meer.',
  ],
};

/** Language detection: other languages recognised (not analysed), English tweets still analysed. */
export function evaluateLanguages(tweets: readonly AirlineTweet[]): Table {
  const analyzer = createAnalyzer();
  const rows: Cell[][] = [];
  let right = 0;
  let total = 0;
  for (const [language, sentences] of Object.entries(OTHER_LANGUAGES)) {
    const detected = sentences.filter((text) => detectLanguage(text).language === language).length;
    const notAnalysed = sentences.filter(
      (text) => analyzer.analyze(text).status === 'not-analysed',
    ).length;
    right += detected;
    total += sentences.length;
    rows.push([
      language,
      detected / sentences.length,
      notAnalysed / sentences.length,
      sentences.length,
    ]);
  }
  const analysed = tweets.filter((tweet) => analyzer.analyze(tweet.text).status === 'analysed');
  rows.push(['en (airline tweets)', '', 1 - analysed.length / tweets.length, tweets.length]);
  rows.push(['other languages, all', right / total, '', total]);
  return {
    title: 'Language: detected, and not analysed instead of read as neutral',
    intro:
      'Only English is analysed; a text in another language is marked not analysed (status `not-analysed`, with its language) instead of getting a neutral sentiment and no flags. Other-language sentences: ten short customer sentences per language, written for this evaluation.',
    columns: ['language', 'detected correctly', 'marked not analysed', 'texts'],
    rows,
    notes: [
      'For English tweets the "marked not analysed" column is the false-alarm rate: English wrongly set aside. Texts too short to tell (a few words) are read as English.',
    ],
  };
}
