/**
 * Kinds that untuned round 6 held and the rules missed (README-round-6.md): the hitman who was
 * "hired to eliminate you" and will "reconsider his mission" for money (not "I will carry out
 * my mission", which a new manager says too), the blackmailer who
 * poisons a company's products unless paid ("300mila euro"), and a criminal group that puts the
 * safety of "you and yours" against a deposit. Each is written here in several languages, from
 * the same facts; each must fire alone. The look-alikes (a volunteer's mission, a recall notice
 * after a poisoning threat, a bank asking for a deposit, a supplier's "if you don't pay us",
 * news of a hitman scam) must not. Tuned sentences: the untuned corpus measures the rules.
 */
import { describe, expect, it } from 'vitest';
import { assessMessage as assess } from './prepared';

const FRAGMENTS: readonly (readonly [string, string])[] = [
  ['fr', 'Quelqu\'un de votre entourage m\'a engagé pour vous éliminer. Pour quelques milliers d\'euros, je suis prêt à reconsidérer ma mission.'],
  ['en', 'Someone close to you hired me to eliminate you. For a few thousand euros I am ready to reconsider my mission.'],
  ['it', 'Qualcuno a te vicino mi ha ingaggiato per eliminarti. Per qualche migliaio di euro sono pronto a riconsiderare la mia missione.'],
  ['es', 'Alguien cercano a ti me contrató para eliminarte. Por unos miles de euros puedo reconsiderar mi misión.'],
  ['it', 'Avveleneremo i vostri prodotti, se non ci pagate. Cosa vogliamo? Soldi: vogliamo 300mila euro.'],
  ['en', 'We will poison your products on the supermarket shelves if you do not pay us. We want 300k euros.'],
  ['de', 'Wir werden Ihre Produkte vergiften, wenn Sie uns nicht bezahlen. Wir wollen 300.000 Euro.'],
  ['fr', 'Nous empoisonnerons vos produits si vous ne nous payez pas. Nous voulons 300 000 euros.'],
  ['es', 'Envenenaremos sus productos si no nos pagan. Queremos 300 mil euros.'],
  ['nl', 'Wij zullen uw producten vergiftigen als u niet betaalt. We willen 300.000 euro.'],
  ['es', 'Somos un grupo delictivo muy poderoso. Para salvaguardar tu seguridad o la de los tuyos realiza un depósito de $3,000 para el día de mañana.'],
];

const LOOK_ALIKES: readonly (readonly [string, string])[] = [
  ['fr', 'Je pars au Mali avec Médecins du Monde le mois prochain. J\'accomplirai ma mission avec fierté et je vous enverrai des nouvelles.'],
  ['en', 'As your new regional manager, I will carry out my mission to grow our team. Please send me your budget requests by Friday.'],
  ['it', 'Richiamo prodotti: a seguito di una minaccia di avvelenamento, abbiamo ritirato dagli scaffali alcuni lotti. I clienti possono restituirli e saranno rimborsati.'],
  ['de', 'Rückruf: Nach der Drohung eines Erpressers, Babynahrung zu vergiften, nehmen wir vorsorglich Produkte aus den Regalen. Die Polizei ermittelt.'],
  ['es', 'Estimado cliente, para activar su cuenta realice un depósito de 100 euros en los próximos 7 días. Atentamente, su banco.'],
  ['it', 'Gentile cliente, la fattura di 300mila euro è scaduta. Se non ci pagate entro 30 giorni, sospenderemo le forniture.'],
  ['fr', 'Un habitant de Lausanne a reçu un mail d\'un prétendu tueur à gages qui disait avoir été engagé pour l\'éliminer et réclamait de l\'argent. La police conseille de ne pas répondre et de porter plainte.'],
  ['es', 'Somos un grupo de vecinos muy activo. Para la seguridad de tu familia, realiza un depósito de 20 euros para la fiesta del barrio antes de mañana.'],
  ['es', 'Protege la seguridad de los tuyos: realiza un depósito de 20 euros y contrata nuestro seguro de hogar hoy mismo.'],
  ['de', 'Als Ihr neuer Teamleiter werde ich meinen Auftrag erfüllen und das Team vergrößern. Bitte senden Sie mir Ihre Budgetwünsche bis Freitag.'],
];

describe('round-6 kinds fire alone', () => {
  it.each(FRAGMENTS)('%s: %s', (_language, text) => {
    expect(assess('', text).suspected).toBe(true);
  });
});

describe('their look-alikes do not', () => {
  it.each(LOOK_ALIKES)('%s: %s', (_language, text) => {
    expect(assess('', text).suspected).toBe(false);
  });
});
