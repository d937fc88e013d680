/**
 * Swedish frame words (frames/types.ts says what each concept holds). Data only, written for
 * this project. Words with å, ä or ö are listed in both spellings, because machine-translated
 * mail often loses them ("vänner", "vanner").
 *
 * - `self` is "jag" and the passive future ("kommer att publiceras"), not the bare s-passive:
 *   "din video delas med dina vänner" is an app's notice.
 * - `audience` names whose people they are ("dina vänner", "din familj"): "jag skickar bilderna
 *   till alla familjer" is a school photographer.
 * - `capture` leaves out the participles ("inspelad", "filmades"): a film newsletter writes
 *   "filmen är inspelad i Paris". "Erotisk" is left out of `intimate` for the same reason.
 */
import type { FrameLexicon } from './types';

export const SV_FRAMES: FrameLexicon = {
  language: 'sv',
  words: {
    self: [
      'jag', 'kommer att skickas', 'kommer att publiceras', 'kommer att spridas', 'kommer att läckas',
      'kommer att lackas', 'kommer att offentliggöras', 'kommer att offentliggoras', 'kommer att visas',
      'kommer att laddas upp', 'kommer att läggas ut', 'kommer att laggas ut', 'ska skickas', 'ska publiceras',
      'ska spridas', 'skall skickas', 'skall publiceras',
    ],
    // The infinitive is also the imperative ("dela dina videor med dina vänner"), so it counts
    // only after an auxiliary of intent.
    disclose: [
      'ska skicka', 'skall skicka', 'kommer att skicka', 'kommer skicka', 'tänker skicka', 'tanker skicka',
      'ska dela', 'skall dela', 'kommer att dela', 'kommer dela', 'tänker dela', 'tanker dela', 'ska publicera',
      'skall publicera', 'kommer att publicera', 'kommer publicera', 'tänker publicera', 'tanker publicera',
      'ska ladda upp', 'skall ladda upp', 'kommer att ladda upp', 'kommer ladda upp', 'tänker ladda upp',
      'tanker ladda upp', 'ska visa', 'skall visa', 'kommer att visa', 'kommer visa', 'tänker visa',
      'tanker visa', 'ska mejla', 'skall mejla', 'kommer att mejla', 'kommer mejla', 'tänker mejla',
      'tanker mejla', 'ska maila', 'skall maila', 'kommer att maila', 'kommer maila', 'tänker maila',
      'tanker maila', 'ska sända', 'skall sända', 'kommer att sända', 'kommer sända', 'tänker sända',
      'tanker sända', 'ska sanda', 'skall sanda', 'kommer att sanda', 'kommer sanda', 'tänker sanda',
      'tanker sanda', 'ska vidarebefordra', 'skall vidarebefordra', 'kommer att vidarebefordra',
      'kommer vidarebefordra', 'tänker vidarebefordra', 'tanker vidarebefordra',
      'skickar', 'skickade', 'skickat', 'skickas', 'sänder', 'sände', 'delar', 'delade', 'delat', 'publicerar',
      'publicerade', 'publicerat', 'publiceras', 'lägga ut', 'lagga ut', 'lägger ut', 'lagger ut', 'lade ut',
      'lagt ut', 'läggas ut', 'laggas ut', 'laddar upp', 'laddade upp', 'laddat upp', 'laddas upp', 'sprida',
      'sprider', 'spred', 'spridit', 'spridas', 'sprids', 'läcka', 'lacka', 'läcker', 'lacker', 'läckte',
      'lackte', 'läckt', 'lackt', 'läckas', 'lackas', 'offentliggöra*', 'offentliggora*', 'offentliggör',
      'offentliggor', 'göra offentlig*', 'gora offentlig*', 'vidarebefordrar', 'vidarebefordrade', 'visar',
      'visade', 'visat', 'visas', 'mejlar', 'mailar', 'distribuerar', 'distribuera', 'avslöja', 'avsloja',
      'avslöjar', 'avslojar', 'avslöjas', 'avslojas',
    ],
    material: [
      'video', 'videon', 'videor', 'videorna', 'videos', 'videoklipp*', 'videofil*', 'film', 'filmen', 'filmer',
      'filmerna', 'filmklipp*', 'klipp', 'klippet', 'klippen', 'inspelning*', 'bild', 'bilden', 'bilder',
      'bilderna', 'foto', 'fotot', 'foton', 'fotona', 'fotografi*', 'skärmdump*', 'skarmdump*', 'skärmbild*',
      'skarmbild*', 'bevis', 'beviset', 'bevisen', 'bevismaterial*', 'material', 'materialet', 'hemlighet*',
    ],
    // No messaging apps (WhatsApp, Messenger): that is where families send each other photos.
    audience: [
      'dina kontakter', 'dina vänner', 'dina vanner', 'din familj', 'din familjs', 'dina familjemedlemmar',
      'dina släktingar', 'dina slaktingar', 'dina anhöriga', 'dina anhoriga', 'dina nära', 'dina nara',
      'dina kollegor', 'dina kolleger', 'dina arbetskamrater', 'dina arbetskollegor', 'din arbetsgivare',
      'din chef', 'din partner', 'din fru', 'din hustru', 'din man', 'din make', 'din maka', 'din sambo',
      'din flickvän', 'din flickvan', 'din pojkvän', 'din pojkvan', 'dina föräldrar', 'dina foraldrar',
      'dina barn', 'dina grannar', 'dina bekanta', 'era kontakter', 'era vänner', 'era vanner', 'er familj',
      'era kollegor', 'er arbetsgivare', 'alla du känner', 'alla du kanner', 'kontaktlista*', 'kontaktbok*',
      'adressbok*', 'adresslista*', 'sociala medier', 'sociala nätverk*', 'sociala natverk*', 'facebook',
      'instagram', 'på internet', 'pa internet', 'porrsajt*', 'porrsida*', 'porrsidor*', 'vuxensajt*',
    ],
    capture: [
      'spelade in', 'spelat in', 'spela in', 'spelar in', 'filmade', 'filmat', 'filmar', 'fångade', 'fangade',
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
    // The reader's camera or a webcam: "jag filmade bröllopet med min kamera" is a wedding.
    camera: [
      'webbkamera*', 'webbkam', 'webcam*', 'framkamera*', 'din kamera', 'din webbkamera', 'kameran i din',
      'kameran på din', 'kameran pa din', 'datorns kamera', 'telefonens kamera', 'er kamera',
    ],
    intrude: [
      'hackade', 'hackat', 'hacka', 'infekterade', 'infekterat', 'bröt mig in', 'brot mig in', 'brutit mig in',
      'tog mig in', 'tagit mig in', 'fick tillgång', 'fick tillgang', 'fått tillgång', 'fatt tillgang',
      'full tillgång', 'full tillgang', 'fullständig tillgång', 'fullstandig tillgang', 'fjärråtkomst',
      'fjarratkomst', 'tog kontroll', 'tagit kontroll', 'tog över', 'tog over', 'tagit över', 'tagit over',
      'kapade', 'kapat', 'komprometterade', 'installerade ett virus', 'installerade en trojan*',
      'installerade skadlig*', 'installerade ett skadligt', 'installerade spionprogram*',
      'installerade ett spionprogram', 'installerat ett virus', 'installerat en trojan*', 'installerat skadlig*',
      'installerat spionprogram*', 'installerat ett spionprogram',
    ],
    device: [
      'enhet', 'enheten', 'enheter', 'enheterna', 'dator', 'datorn', 'datorer', 'pc', 'laptop', 'telefon', 'telefonen', 'mobil', 'mobilen', 'smartphone', 'surfplatta*', 'konto', 'kontot',
      'konton', 'e-post', 'e-posten', 'e-postkonto*', 'epost', 'mejlkonto*', 'inkorg*', 'operativsystem*',
      'router', 'routern', 'webbläsare*', 'webblasare*', 'system', 'systemet', 'iphone', 'android', 'mac',
    ],
  },
};
