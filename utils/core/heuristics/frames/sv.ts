/**
 * Swedish frame words (frames/types.ts says what each concept holds). Data only, written for
 * this project. Words with å, ä or ö are listed in both spellings, because machine-translated
 * mail often loses them ("vänner", "vanner").
 *
 * - `self` is "jag" only.
 * - `audience` is the reader's whole world or two circles of it ("dina kontakter", "familj och
 *   vänner"): "jag skickar bilderna till alla familjer" is a school photographer.
 * - `capture` leaves out the participles ("inspelad", "filmades"): a film newsletter writes
 *   "filmen är inspelad i Paris". "Erotisk" is left out of `intimate` for the same reason.
 */
import type { FrameLexicon } from './types';

export const SV_FRAMES: FrameLexicon = {
  language: 'sv',
  words: {
    // Only "jag": no passive ("videon kommer att publiceras" is a meetup's talk), and "mig" and
    // "min" are no actors.
    self: ['jag'],
    // The infinitive is also the imperative ("dela dina videor med dina vänner"), so it counts
    // only after an auxiliary of intent.
    // A passive future, the voice of machine-translated threats ("the video will be sent to all
    // your contacts"): read only in a share threat, whose audience is the reader's whole world.
    passive: ['kommer att', 'skickas', 'sprids', 'spridas', 'publiceras', 'delas', 'läggs ut', 'laggs ut', 'läcks', 'lacks', 'laddas upp', 'vidarebefordras'],
    // The verbs of disclose that make something public (not "send", which a videographer says):
    // read in the pay-or-publish frame.
    publish: [
      'sprids', 'spridas', 'publiceras', 'läggs ut', 'laggs ut', 'läcks', 'lacks', 'ska publicera', 'skall publicera',
      'kommer att publicera', 'kommer publicera', 'tänker publicera', 'tanker publicera', 'ska ladda upp',
      'skall ladda upp', 'kommer att ladda upp', 'kommer ladda upp', 'tänker ladda upp', 'tanker ladda upp',
      'publicerar', 'publicerade', 'publicerat', 'lägga ut', 'lagga ut', 'sprida', 'sprider', 'spridit', 'läcka',
      'lacka', 'läcker', 'lacker', 'läckte', 'lackte', 'läckt', 'lackt', 'läckas', 'lackas', 'offentliggöra*',
      'offentliggora*', 'offentliggör', 'offentliggor',
    ],
    disclose: [
      'skickas', 'sprids', 'spridas', 'publiceras', 'delas', 'läggs ut', 'laggs ut', 'läcks', 'lacks', 'laddas upp',
      'vidarebefordras', 'ska skicka', 'skall skicka', 'kommer att skicka', 'kommer skicka', 'tänker skicka',
      'tanker skicka', 'ska dela', 'skall dela', 'kommer att dela', 'kommer dela', 'tänker dela', 'tanker dela',
      'ska publicera', 'skall publicera', 'kommer att publicera', 'kommer publicera', 'tänker publicera',
      'tanker publicera', 'ska ladda upp', 'skall ladda upp', 'kommer att ladda upp', 'kommer ladda upp',
      'tänker ladda upp', 'tanker ladda upp', 'ska visa', 'skall visa', 'kommer att visa', 'kommer visa',
      'tänker visa', 'tanker visa', 'ska mejla', 'skall mejla', 'kommer att mejla', 'kommer mejla', 'tänker mejla',
      'tanker mejla', 'ska maila', 'skall maila', 'kommer att maila', 'kommer maila', 'tänker maila', 'tanker maila',
      'ska sända', 'skall sända', 'kommer att sända', 'kommer sända', 'tänker sända', 'tanker sända', 'ska sanda',
      'skall sanda', 'kommer att sanda', 'kommer sanda', 'tänker sanda', 'tanker sanda', 'ska vidarebefordra',
      'skall vidarebefordra', 'kommer att vidarebefordra', 'kommer vidarebefordra', 'tänker vidarebefordra',
      'tanker vidarebefordra', 'skickar', 'skickade', 'skickat', 'sänder', 'sände', 'delar', 'delade', 'delat',
      'publicerar', 'publicerade', 'publicerat', 'lägga ut', 'lagga ut', 'lägger ut', 'lagger ut', 'lägger jag ut',
      'lagger jag ut', 'lade ut', 'lagt ut', 'läggas ut', 'laggas ut', 'laddar upp', 'laddar jag upp', 'laddade upp',
      'laddat upp', 'sprida', 'sprider', 'spred', 'spridit', 'läcka', 'lacka', 'läcker', 'lacker', 'läckte', 'lackte',
      'läckt', 'lackt', 'läckas', 'lackas', 'offentliggöra*', 'offentliggora*', 'offentliggör', 'offentliggor',
      'göra offentlig*', 'gora offentlig*', 'vidarebefordrar', 'vidarebefordrade', 'visar', 'visade', 'visat',
      'visas', 'mejlar', 'mailar', 'distribuerar', 'distribuera', 'avslöja', 'avsloja', 'avslöjar', 'avslojar',
      'avslöjas', 'avslojas',
    ],
    material: [
      'video', 'videon', 'videor', 'videorna', 'videos', 'videoklipp*', 'videofil*', 'film', 'filmen', 'filmer',
      'filmerna', 'filmklipp*', 'klipp', 'klippet', 'klippen', 'inspelning*', 'bild', 'bilden', 'bilder',
      'bilderna', 'foto', 'fotot', 'foton', 'fotona', 'fotografi*', 'skärmdump*', 'skarmdump*', 'skärmbild*',
      'skarmbild*', 'bevis', 'beviset', 'bevisen', 'bevismaterial*', 'material', 'materialet', 'hemlighet*',
      'screenshot*',
    ],
    // The whole of the reader's world, or two circles of it ("familj och vänner"); whose people they
    // are where it matters ("dina kontakter"). "Jag skickar bilderna till din familj" is a friend passing
    // wedding photos on. No messaging apps (WhatsApp, Messenger): families send each other photos there.
    // A pronoun standing for the material in a share threat (frames/types.ts).
    object: ['den', 'det', 'dem', 'detta', 'dessa',
    ],
    audience: [
      'dina kontakter', 'alla dina', 'dina kollegor', 'dina kolleger', 'dina arbetskamrater',
      'dina arbetskollegor', 'din arbetsgivare', 'din chef', 'era kontakter', 'era kollegor', 'er arbetsgivare',
      'alla du känner', 'alla du kanner', 'dina bekanta', 'dina nära och kära', 'dina nara och kara',
      'kontaktlista*', 'kontaktbok*', 'adressbok*', 'adresslista*', 'sociala medier', 'sociala nätverk*',
      'sociala natverk*', 'facebook', 'instagram', 'på internet', 'pa internet', 'porrsajt*', 'porrsida*',
      'porrsidor*', 'vuxensajt*', 'familj och vänner', 'familj och vanner', 'vänner och familj',
      'vanner och familj', 'din familj och dina vänner', 'din familj och dina vanner',
      'dina vänner och din familj', 'dina vanner och din familj', 'släkt och vänner', 'slakt och vanner',
      'vänner och släkt', 'vanner och slakt', 'släktingar och vänner', 'slaktingar och vanner',
      'vänner och släktingar', 'vanner och slaktingar', 'familj och kollegor', 'vänner och kollegor',
      'vanner och kollegor', 'fru och barn', 'man och barn', 'din fru och dina barn', 'din man och dina barn',
      'partner och familj',
      'dina följare', 'dina foljare', 'era följare', 'era foljare',
    ],
    capture: [
      'spelade in', 'spelade jag in', 'spelat in', 'spela in', 'spelar in', 'filmade', 'filmat', 'filmar', 'fångade', 'fangade',
      'fångat', 'fangat', 'fotograferade', 'fotograferat', 'tog bilder', 'tog foton', 'tog en bild',
      'tog en skärmdump', 'tog en skarmdump', 'tog skärmdumpar', 'tog skarmdumpar', 'gjorde en video',
      'gjort en video', 'gjorde en inspelning', 'gjort en inspelning', 'gjorde ett klipp',
    ],
    // "sex" is also the number six.
    intimate: [
      'porr*', 'porno*', 'vuxensajt*', 'vuxensid*', 'vuxenvideo*', 'vuxeninnehåll', 'vuxeninnehall',
      'onanera*', 'onani', 'masturbera*', 'runkade', 'runkar', 'runka', 'tillfredsställde dig själv',
      'tillfredsstallde dig sjalv', 'tillfredsställer dig själv', 'tillfredsstaller dig sjalv',
      'njöt av dig själv', 'njot av dig sjalv', 'naken', 'nakna', 'nakenbild*', 'intim', 'intima', 'intimt',
      'sexuell*', 'sexvideo*', 'sexfilm*',
    ],
    porn: [
      'porr*', 'porno*', 'vuxensajt*', 'vuxensid*', 'vuxenvideo*', 'vuxeninnehåll', 'vuxeninnehall', 'onanera*',
      'onani', 'masturbera*', 'runkade', 'runkar', 'runka', 'tillfredsställde dig själv',
      'tillfredsstallde dig sjalv', 'tillfredsställer dig själv', 'tillfredsstaller dig sjalv', 'njöt av dig själv',
      'njot av dig sjalv', 'sexvideo*', 'sexfilm*',
    ],
    // The reader's camera or a webcam: "jag filmade bröllopet med min kamera" is a wedding.
    camera: [
      'webbkamera*', 'webbkam', 'webcam*', 'framkamera*', 'din kamera', 'din webbkamera', 'kameran i din',
      'kameran på din', 'kameran pa din', 'datorns kamera', 'telefonens kamera', 'er kamera',
    ],
    intrude: [
      'hackade', 'hackat', 'hacka', 'infekterade', 'infekterat', 'bröt mig in', 'brot mig in',
      'bröt jag mig in', 'brot jag mig in', 'brutit mig in', 'tog mig in', 'tagit mig in', 'fick tillgång',
      'fick tillgang', 'fått tillgång', 'fatt tillgang', 'full tillgång', 'full tillgang',
      'fullständig tillgång', 'fullstandig tillgang', 'fjärråtkomst', 'fjarratkomst', 'tog kontroll',
      'tagit kontroll', 'tog över', 'tog over', 'tagit över', 'tagit over', 'kapade', 'kapat',
      'komprometterade', 'installerade ett virus', 'installerade en trojan*', 'installerade skadlig*',
      'installerade ett skadligt', 'installerade spionprogram*', 'installerade ett spionprogram',
      'installerat ett virus', 'installerat en trojan*', 'installerat skadlig*', 'installerat spionprogram*',
      'installerat ett spionprogram', 'installerade malware', 'installerat malware', 'installerade spyware',
      'installerat spyware',
    ],
    device: [
      'enhet', 'enheten', 'enheter', 'enheterna', 'dator', 'datorn', 'datorer', 'pc', 'laptop', 'telefon',
      'telefonen', 'mobil', 'mobilen', 'smartphone', 'surfplatta*', 'konto', 'kontot', 'konton', 'e-post',
      'e-posten', 'e-postkonto*', 'epost', 'mejlkonto*', 'inkorg*', 'operativsystem*', 'router', 'routern',
      'webbläsare*', 'webblasare*', 'system', 'systemet', 'iphone', 'android', 'mac', 'mejl', 'mail',
      'mailkonto*', 'e-mail', 'e-mailkonto*',
    ],
    // The reader named as the victim: "döda getingarna" and "verkställa din order" come with "betalt"
    // and "beställt" in honest mail.
    harm: [
      'döda dig', 'doda dig', 'döda din*', 'doda din*', 'mörda dig', 'morda dig', 'ditt mord', 'mordet på dig',
      'mordet pa dig', 'skada dig', 'skada din*', 'ta ditt liv', 'ta livet av dig', 'din död', 'din dod',
      'likvidera dig', 'eliminera dig', 'skjuta dig', 'röja dig ur vägen', 'roja dig ur vagen', 'kasta syra',
      'bryta benen på dig', 'bryta benen pa dig', 'misshandla dig',
    ],
    hire: [
      'fått betalt', 'fatt betalt', 'betald', 'betalade', 'anlitad', 'anlitade', 'anlitat', 'beställde',
      'bestallde', 'beställt', 'bestallt', 'beställaren', 'bestallaren', 'beställare', 'bestallare', 'uppdrag',
      'uppdraget', 'min klient', 'min kund', 'kontrakt', 'kontraktet', 'någon vill', 'nagon vill',
      'en person vill',
    ],
    // The reader's world receiving or seeing it (frames/types.ts): read only with not paying.
    receive: [
      'kommer att få', 'kommer att fa', 'får se', 'far se', 'kommer att se', 'får ta del av', 'far ta del av',
      'få videon', 'fa videon', 'få filmen', 'fa filmen', 'få bilderna', 'fa bilderna', 'att få', 'att fa',
      'går inspelningen till', 'gar inspelningen till',
    ],
    negation: [
      'kan inte', 'kan jag inte', 'kan vi inte', 'inte möjligt', 'inte mojligt', 'går inte', 'gar inte',
    ],
  },
};
