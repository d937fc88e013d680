/**
 * Polish cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of Polish sextortion waves ("nagrałem cię", bitcoin w ciągu 48 godzin), fake
 * police / CBZC / Europol mails (pornografia dziecięca) and bomb threats; advice and reporting
 * phrases follow CERT Polska, police and newsroom warnings.
 */
import type { Lexicon } from './types';

export const PL: Lexicon = {
  language: 'pl',
  phrases: {
    'payment-demand': [
      'cena za moje milczenie', 'moje milczenie',
      'zapłać', 'musisz zapłacić', 'musi pan zapłacić', 'musi pani zapłacić', 'płatność', 'wpłać', 'przelej',
      'wyślij mi', 'adres bitcoin', 'adres btc', 'mój portfel', 'portfel bitcoin', 'następujący adres',
      'na ten adres', 'o wartości', 'w bitcoinach', 'skopiuj i wklej', 'okup', 'gdy otrzymam', 'po otrzymaniu',
      'po zapłacie', 'po wpłacie', 'grzywna', 'grzywnę', 'grzywny',
    ],
    deadline: [
      'termin', 'w ciągu', 'ostatnie ostrzeżenie', 'ostatnia szansa', 'czas ucieka', 'odliczanie', 'od teraz',
      'od otwarcia', 'najpóźniej', 'do jutra',
    ],
    'exposure-threat': [
      'do sieci',
      'opublikuję', 'opublikować', 'opublikowane', 'upublicznię', 'upublicznić', 'rozpowszechnię', 'rozesłać',
      'roześlę', 'w internecie', 'w sieci', 'dark web', 'darknet', 'sprzedam', 'twoja reputacja',
      'twoją reputację', 'udostępnię', 
    ],
    'direct-threat': [
      'pokazać tych zdjęć', 'nagranie trafiło', 'trafiło do sieci',
      'do wszystkich twoich kontaktów', 'wszystkim twoim kontaktom', 'wyślę nagranie', 'wyślę wideo', 'wyślę film',
      'roześlę nagranie', 'roześlę wideo', 'opublikuję nagranie', 'opublikuję wideo',
      'twoje dane zostaną opublikowane',
    ],
    audience: [
      'swoim bliskim', 'twoim bliskim', 'do rodziny', 'znajomych i szefów',
      'twoje kontakty', 'twoich kontaktów', 'twoim kontaktom', 'twoi znajomi', 'twoich znajomych', 'twoja rodzina',
      'twojej rodziny', 'twojej rodzinie', 'współpracownik*', 'pracodawc*', 'media społecznościowe',
      'portale społecznościowe', 'twoja żona', 'twój mąż', 'twojej żonie', 'twojemu mężowi',
    ],
    recording: [
      'nagrałem', 'kamerki', 'tych zdjęć', 'filmów dla dorosłych',
      'nagranie z tobą', 'nagrałem cię', 'nagrałam cię', 'nagrałem ciebie', 'sfilmowałem cię', 'kamerka',
      'kamerkę', 'kamery internetowej', 'kamera internetowa', 'twojej kamery', 'strony dla dorosłych',
      'stron dla dorosłych', 'strony porno', 'porno*', 'masturb*', 'intymne', 'nagie',
    ],
    'personal-data': [
      'pesel', 'numer pesel', 'adres zamieszkania', 'data urodzenia', 'diagnoz*', 'dokumentacja medyczna',
      'dokumentację medyczną', 'historia choroby',
    ],
    'held-data': [
      'dane osobowe', 'twoje dane', 'pana dane', 'pani dane', 'twoje pliki', 'informacje osobiste', 'twoje sekrety',
      'dane klientów', 'dane pacjentów',
    ],
    consequence: [
      'w przeciwnym razie', 'jeśli nie zapłacisz', 'jeżeli nie zapłacisz', 'jeśli nie otrzymam',
      'jeżeli nie otrzymam', 'jeśli zignorujesz',
    ],
    commercial: [
      'faktura', 'fakturę', 'faktury', 'odsetki za zwłokę', 'wezwanie do zapłaty', 'windykacj*', 'paragon',
      'numer zamówienia', 'vat', 'składka',
    ],
    'violence-threat': [
      'zaatakować ciebie', 'napad', 'ofiarą śmiertelną', 'znam twój adres',
      'bomba', 'bombę', 'ładunek wybuchowy', 'wybuchnie', 'eksploz*', 'zabić', 'zabiję', 'skrzywdzić', 'skrzywdzę',
      'kwas', 'podpalić', 'podpalę', 'płatny zabójca', 'przemoc', 'wiem gdzie mieszkasz', 'wiemy gdzie mieszkasz',
    ],
    'kidnap-threat': ['porwać', 'porwanie', 'porwiemy', 'uprowadz*', 'zakładnik*'],
    'authority-claim': [
      'policja', 'policji', 'centralne biuro zwalczania cyberprzestępczości', 'cbzc', 'europol', 'interpol',
      'prokuratura', 'prokuratury', 'ministerstwo',
    ],
    summons: ['wezwanie', 'wezwanie do stawiennictwa', 'wezwanie na przesłuchanie'],
    accusation: [
      'pornografia dziecięca', 'pornografii dziecięcej', 'pedofil*', 'nieletni*', 'małoletni*',
      'wykorzystywanie seksualne', 'ekshibicjonizm', 'jesteś oskarżony', 'jest pan oskarżony', 'postępowanie karne',
      'nakaz aresztowania',
    ],
    'compromising-material': [
      'hasło', 'twoje hasło', 'zhakowałem', 'zhakowane', 'włamałem się', 'dostęp do twojego',
      'złośliwe oprogramowanie', 'trojan*', 'oprogramowanie szpiegujące', 'twoje urządzenie', 'twojego urządzenia',
      'twój komputer', 'twojego komputera', 'zainfekowa*',
    ],
    'pay-to-delete': [
      'usunę', 'zostanie usunięte', 'zostaną usunięte', 'zostanie usunięty', 'trwale usunięte', 'zniszczę',
      'więcej o mnie nie usłyszysz',
    ],
    'therapy-context': [
      'terapi*', 'terapeut*', 'psychiatr*', 'psychoterap*', 'psycholog*', 'dokumentacja medyczna', 'dane medyczne',
      'diagnoz*', 'zdrowie psychiczne', 'pacjent*',
    ],
    'blame-company': ['odmówiła zapłaty', 'odmówili zapłaty', 'wziąć odpowiedzialność', 'zarząd'],
    'no-police': [
      'nie kontaktuj się z policją', 'nie idź na policję', 'nie dzwoń na policję', 'jeśli skontaktujesz się z policją',
      'jeśli pójdziesz na policję', 'policja ci nie pomoże', 'nikomu nie mów',
    ],
    'hacker-claim': ['jestem hakerem', 'włamałem się', 'przyszła z twojej skrzynki', 'z twojej skrzynki', 'mam dostęp do twojego konta'],
    advice: [
      'nie płać', 'nie płacić', 'nie należy płacić', 'nie odpowiadaj', 'nie odpowiadać', 'zgłoś na policję',
      'zgłosić na policję', 'zawiadomienie', 'cert polska', 'zmień hasło', 'zmienić hasło', 'oszustwo', 'oszustwa',
      'phishing', 'sextortion', 'wyłudzenie', 'uważaj', 'bądź ostrożny', 'nie klikaj',
    ],
    reporting: [
      'powiedział', 'mówi', 'podaje',
      'podszywają się', 'nadawca', 'nadawcy',
      'oszuści', 'oszustów', 'przestępcy', 'cyberprzestępcy', 'szantażyści', 'adresaci', 'odbiorcy', 'ofiary',
      'ofiar', 'według policji', 'według', 'ostrzega', 'ostrzegają', 'informuje', 'komunikat', 'te wiadomości',
      'takie wiadomości', 'te e-maile', 'wyciek danych', 'skazany', 'zatrzymany', 'zatrzymani',
    ],
  },
};
