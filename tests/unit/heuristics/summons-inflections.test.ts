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
