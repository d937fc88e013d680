/**
 * A fake summons says the reader "is summoned" in the passive ("werden Sie vorgeladen", "wordt u
 * gedagvaard", "indkaldes", "kutsutaan kuulusteluun"): sentences written here, one per language,
 * with the authority named in the text, as the press quotes these mails without their sender.
 */
import { describe, expect, it } from 'vitest';
import { assessMessage as assess } from './prepared';

describe('police-impersonation: the passive summons, in every language', () => {
  it.each([
    ['de', 'Ich bin Kommissar beim Bundeskriminalamt. Nach einer Beschlagnahmung von Computern werden Sie wegen Kinderpornografie vorgeladen. Sie haben 72 Stunden Zeit, uns Ihre Rechtfertigung zu schicken.'],
    ['nl', 'Ik ben commissaris bij de Nationale Politie. Na een inbeslagname van computers wordt u gedagvaard wegens kinderpornografie. U heeft 72 uur om ons uw verantwoording te sturen.'],
    ['pl', 'Jestem komisarzem Policji. W związku z zajęciem sprzętu komputerowego zostaje Pan wezwany w sprawie pornografii dziecięcej. Ma Pan 72 godziny na przesłanie wyjaśnień.'],
    ['fi', 'Olen komisario keskusrikospoliisista. Tietokonelaitteiden takavarikon jälkeen sinut kutsutaan kuulusteluun lapsipornografiarikoksista. Sinulla on 72 tuntia aikaa lähettää selvityksesi.'],
    ['da', 'Jeg er kriminalkommissær hos Rigspolitiet. Efter en beslaglæggelse af computerudstyr indkaldes du for børnepornografi. Du har 72 timer til at sende os din forklaring.'],
    ['no', 'Jeg er politioverbetjent i Kripos. Etter et beslag av datautstyr innkalles du for barnepornografi. Du har 72 timer på deg til å sende oss din forklaring.'],
    ['et', 'Olen Politsei- ja Piirivalveameti komissar. Arvutiseadmete arestimise järel kutsutakse teid lasteporno kuritegude tõttu ülekuulamisele. Teil on 72 tundi aega saata oma selgitused.'],
  ])('%s: %s', (_language, text) => {
    expect(assess('', text).rule).toBe('police-impersonation');
  });

  it.each([
    // The police calling a witness, and a bulletin about the fake summonses.
    'Poliisi: sinut kutsutaan kuulusteluun todistajana liikenneonnettomuudesta. Ota mukaan henkilöllisyystodistus.',
    'Politiet advarer: svindlere sender falske e-mails, hvor modtageren indkaldes for børnepornografi. Betal ikke, og anmeld det til politiet.',
  ])('not: %s', (text) => {
    expect(assess('', text).suspected).toBe(false);
  });
});

describe('police-impersonation without the letterhead: a summons, a clock and "otherwise a warrant"', () => {
  it.each([
    ['en', 'Following a seizure of computer equipment, you are summoned for child pornography offences. You have 72 hours to send us your justification, otherwise a warrant will be issued.'],
    ['fr', "Suite à une saisie informatique, vous faites l'objet de poursuites pour pédopornographie. Vous disposez de 72 heures pour nous envoyer vos justifications, faute de quoi un mandat d'arrêt sera émis."],
    ['sv', 'Efter ett beslag av datorutrustning kallas du till förhör för barnpornografibrott. Du har 72 timmar på dig att skicka din förklaring, annars utfärdas en arresteringsorder.'],
    ['de', 'Nach einer Beschlagnahmung von Computern werden Sie wegen Kinderpornografie vorgeladen. Sie haben 72 Stunden Zeit, uns Ihre Rechtfertigung zu senden, andernfalls wird ein Haftbefehl erlassen.'],
  ])('%s: %s', (_language, text) => {
    expect(assess('', text).rule).toBe('police-impersonation');
  });

  it.each([
    // A club's meeting has a summons, a clock and a consequence but accuses nobody.
    'Härmed kallas du till årsmöte i föreningen. Anmäl dig inom 72 timmar, annars räknar vi inte med dig.',
    // A school's safeguarding notice names the crime and a clock, and summons nobody.
    'Our safeguarding policy: any concern about child pornography must be reported to the head within 72 hours.',
  ])('not: %s', (text) => {
    expect(assess('', text).suspected).toBe(false);
  });
});
