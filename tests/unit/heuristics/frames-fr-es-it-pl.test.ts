import { describe, expect, it } from 'vitest';
import type { Cue } from '../../../utils/core/heuristics/lexicon/types';
import { allFrameHits, frameHits } from './frame-hits';

type Case = { threats: readonly (readonly [string, Cue])[]; lookAlikes: readonly string[] };

// Sentences written for this test in the way extortion mail and its machine translations word
// them; look-alikes are honest mail that uses the same words.
const CASES: Record<string, Case> = {
  fr: {
    threats: [
      ['Je vais envoyer cette vidéo compromettante à tous tes contacts, tes amis et ta famille.', 'direct-threat'],
      ["Si vous ne payez pas, je veillerai à ce que la vidéo soit envoyée à l'ensemble de vos contacts.", 'direct-threat'],
      ["J'enverrai les photos à ta femme et à tes enfants.", 'direct-threat'],
      ['Si je ne reçois pas le paiement, je partagerai ces images avec tous vos proches.', 'direct-threat'],
      ["Je publierai sur internet et sur tes réseaux sociaux les vidéos intimes que j'ai.", 'direct-threat'],
      ['Tes collègues, ton patron et ta copine, je leur transmettrai sans hésiter toutes les captures d écran.', 'direct-threat'],
      ["J'ai enregistré une vidéo de vous pendant que vous regardiez des sites pour adultes.", 'recording'],
      ["Je t'ai filmé en train de te masturber devant un site porno.", 'recording'],
      ['Je vous ai filmé à travers votre webcam.', 'recording'],
      ["J'ai activé votre caméra et je vous ai enregistré sans que vous le sachiez.", 'recording'],
      ["J'ai piraté votre appareil il y a quelques mois.", 'compromising-material'],
      ["Il y a quelques mois, j'ai obtenu un accès complet à ton ordinateur et à ton compte e-mail.", 'compromising-material'],
      ["J'ai installé un logiciel malveillant sur votre système d'exploitation.", 'compromising-material'],
      ['JE SUIS UN HACKER ET J AI PIRATE TON TELEPHONE. J AI ENREGISTRE TA WEBCAM.', 'compromising-material'],
      ["Quelqu'un de votre entourage m'a payé pour vous tuer.", 'violence-threat'],
      ["J'ai reçu un contrat : votre meurtre a été commandité par une personne que vous connaissez.", 'violence-threat'],
    ],
    lookAlikes: [
      'Partagez vos vidéos avec vos amis et votre famille en un clic !',
      'Nous enverrons les photos de la sortie scolaire aux familles la semaine prochaine.',
      "Je vous enverrai les photos de la séance dès qu'elles seront prêtes.",
      'Votre compte a été compromis : nous avons réinitialisé votre mot de passe.',
      "Salut, je crois que ton téléphone a été piraté, tu m'as envoyé un lien bizarre.",
      'Cet immeuble est placé sous vidéosurveillance ; les images sont enregistrées par nos caméras.',
      'Ce mois-ci sur notre chaîne : un cycle de films érotiques des années 70, restaurés en 4K.',
      "Bonjour, j'ai installé le nouveau logiciel sur votre ordinateur, redémarrez-le demain.",
      "J'ai partagé les photos de nos vacances en Bretagne avec ma famille hier soir.",
      'Vos informations (nom, sexe, date de naissance) ont bien été enregistrées.',
      'Ce soir sur notre chaîne : un film érotique culte des années 70.',
      'Je vous enverrai toutes vos photos de mariage demain, à partager avec vos proches.',
      "J'ai filmé le mariage avec ma caméra, je t'envoie le film demain.",
      'Je vais transférer la vidéo de la réunion à mes collègues du service.',
      "Coucou ! J'ai pris de belles photos de toi au mariage, je les enverrai à ta famille ce soir.",
      'Le nouveau système de facturation est entré en vigueur ; votre ordinateur est infecté par aucun virus.',
      'Tu as été filmé par la caméra du magasin ; la pornographie est interdite dans nos rayons.',
      "Vous avez payé l'intervention : lundi nous éliminerons les guêpes de votre grenier.",
      "Votre contrat d'assurance vie a été renouvelé ; en cas de décès, le capital sera versé à vos proches.",
    ],
  },
  es: {
    threats: [
      ['Enviaré este vídeo comprometedor a todos tus contactos y a tu familia.', 'direct-threat'],
      ['Voy a hacer que el video sea enviado a todos sus contactos, amigos y compañeros de trabajo.', 'direct-threat'],
      ['Si no recibo el pago, voy a publicar las imágenes en tus redes sociales.', 'direct-threat'],
      ['Compartiré las grabaciones con tu pareja, tus padres y tus amigos.', 'direct-threat'],
      ['Si no pagas, reenviaré el vídeo automáticamente a toda tu lista de contactos.', 'direct-threat'],
      ['Mandaré las fotos a tu esposa y a tus hijos.', 'direct-threat'],
      ['Te grabé mientras veías páginas para adultos.', 'recording'],
      ['Te he grabado mientras te masturbabas viendo porno.', 'recording'],
      ['Activé tu cámara y te he grabado sin que lo supieras.', 'recording'],
      ['Te filmé a través de la cámara web de tu portátil.', 'recording'],
      ['He hackeado tu dispositivo hace unos meses.', 'compromising-material'],
      ['Hace varios meses obtuve acceso a tu ordenador y a tu cuenta de correo.', 'compromising-material'],
      ['Instalé un troyano en su sistema operativo que me da acceso total.', 'compromising-material'],
      ['HE PIRATEADO TU TELEFONO Y TENGO ACCESO A TODAS TUS CUENTAS', 'compromising-material'],
      ['Alguien cercano a ti me ha pagado para matarte.', 'violence-threat'],
      ['Tu asesinato fue encargado por una persona que conoces.', 'violence-threat'],
    ],
    lookAlikes: [
      '¡Comparte tus vídeos con tus amigos y tu familia en un solo clic!',
      'Enviaremos las fotos de la excursión a las familias la próxima semana.',
      'Te enviaré las fotos de la sesión en cuanto estén listas.',
      'Su cuenta ha sido comprometida; hemos restablecido su contraseña.',
      'Oye, creo que tu móvil fue hackeado, me llegó un enlace raro tuyo.',
      'Este edificio está videovigilado: las imágenes son grabadas por nuestras cámaras de seguridad.',
      'Este mes en nuestro canal: un ciclo de películas eróticas de los años 70, restauradas en 4K.',
      'Hola, he instalado el nuevo programa en tu ordenador, reinícialo mañana.',
      'He compartido las fotos de las vacaciones en Asturias con mi familia.',
      'Sus datos (nombre, sexo, fecha de nacimiento) han sido grabados correctamente.',
      'Esta noche en nuestro canal: un film erótico de culto de los años 70.',
      'Le enviaré todas sus fotos de la boda mañana, para compartir con sus seres queridos.',
      'Grabé la boda con mi cámara, mañana te envío el vídeo.',
      'Entre en su cuenta y tome el control de su privacidad.',
      'Voy a reenviar la grabación de la reunión a mis compañeros.',
      '¡Hola! Te saqué unas fotos preciosas en la boda, esta noche las envío a tu familia.',
      'Ha pagado el servicio; el lunes eliminaremos las avispas de su desván.',
    ],
  },
  it: {
    threats: [
      ['Invierò questo video compromettente a tutti i tuoi contatti e alla tua famiglia.', 'direct-threat'],
      ['Farò in modo che il video sia inviato a tutti i suoi contatti, amici e colleghi.', 'direct-threat'],
      ['Se non ricevo il pagamento, pubblicherò le immagini sui tuoi social.', 'direct-threat'],
      ['Condividerò le registrazioni con tua moglie e i tuoi figli.', 'direct-threat'],
      ['Invierò le immagini alla tua famiglia e ai tuoi amici.', 'direct-threat'],
      ['Se non paghi, inoltrerò automaticamente il filmato a tutta la tua rubrica.', 'direct-threat'],
      ['Ti ho registrato mentre guardavi siti per adulti.', 'recording'],
      ['Io ho un video in cui sei stato filmato mentre ti masturbavi.', 'recording'],
      ['Ho attivato la tua webcam e ti ho filmato senza che tu lo sapessi.', 'recording'],
      ['Ti ho ripreso attraverso la videocamera del tuo portatile.', 'recording'],
      ['Ho hackerato il tuo dispositivo alcuni mesi fa.', 'compromising-material'],
      ["Qualche mese fa ho ottenuto l'accesso al tuo computer e al tuo account di posta.", 'compromising-material'],
      ['Ho installato un trojan sul suo sistema operativo che mi dà pieno accesso.', 'compromising-material'],
      ['HO VIOLATO IL TUO TELEFONO E HO ACCESSO A TUTTI I TUOI ACCOUNT', 'compromising-material'],
      ['Qualcuno che conosci mi ha pagato per ucciderti.', 'violence-threat'],
      ['Sono stato assoldato per farti del male.', 'violence-threat'],
    ],
    lookAlikes: [
      'Condividi i tuoi video con i tuoi amici e la tua famiglia con un clic!',
      'Invieremo le foto della gita alle famiglie la prossima settimana.',
      'Ti invierò le foto del servizio appena saranno pronte.',
      'Il tuo account è stato compromesso: abbiamo reimpostato la password.',
      'Ciao, credo che il tuo telefono sia stato hackerato, mi è arrivato un link strano da te.',
      'Edificio videosorvegliato: le immagini sono registrate dalle nostre telecamere di sicurezza.',
      'Questo mese sul nostro canale: una rassegna di film erotici degli anni 70, restaurati in 4K.',
      'Ciao, ho installato il nuovo programma sul tuo computer, riavvialo domani.',
      'Ho condiviso le foto delle vacanze in Sardegna con la mia famiglia.',
      'I tuoi dati (nome, sesso, data di nascita) sono stati registrati correttamente.',
      'Ho filmato il matrimonio con la mia videocamera, domani ti mando il video.',
      'Accedi al tuo account e prendi il controllo della tua privacy.',
      'Sara ha inviato le foto del compleanno ai tuoi genitori.',
      'Nuova collezione di intimo fotografata sul lago di Como.',
      'Ti invierò domani tutte le tue foto del matrimonio, da condividere con i tuoi cari.',
      'Ciao! Ti ho fatto delle belle foto al matrimonio, stasera le invierò alla tua famiglia.',
      'Hai pagato il servizio: lunedì elimineremo le vespe dalla tua soffitta.',
    ],
  },
  pl: {
    threats: [
      ['Wyślę to kompromitujące nagranie wszystkim twoim znajomym i twojej rodzinie.', 'direct-threat'],
      ['Zamierzam rozesłać ten film do wszystkich twoich kontaktów i współpracowników.', 'direct-threat'],
      ['Prześlę zdjęcia twojej żonie i dzieciom.', 'direct-threat'],
      ['Jeśli nie otrzymam płatności, opublikuję te zdjęcia w twoich mediach społecznościowych.', 'direct-threat'],
      ['Udostępnię nagrania twojej żonie, twoim rodzicom i twojemu szefowi.', 'direct-threat'],
      ['Jeśli nie zapłacisz, wrzucę to nagranie do internetu.', 'direct-threat'],
      ['Nagrałem cię, gdy oglądałeś strony dla dorosłych.', 'recording'],
      ['Zostałeś nagrany przeze mnie podczas masturbacji przed stroną porno.', 'recording'],
      ['Włączyłem twoją kamerę i nagrałem cię bez twojej wiedzy.', 'recording'],
      ['Sfilmowałem cię przez kamerę twojego laptopa.', 'recording'],
      ['Kilka miesięcy temu zhakowałem twoje urządzenie.', 'compromising-material'],
      ['Kilka miesięcy temu uzyskałem dostęp do twojego komputera i konta e-mail.', 'compromising-material'],
      ['Zainstalowałem trojana w systemie operacyjnym Twojego urządzenia.', 'compromising-material'],
      ['WLAMALEM SIE NA TWOJE KONTO I MAM DOSTEP DO TWOJEGO TELEFONU', 'compromising-material'],
      ['Ktoś z twojego otoczenia zapłacił mi, żeby cię zabić.', 'violence-threat'],
      ['Mój klient zlecił twoje zabójstwo.', 'violence-threat'],
    ],
    lookAlikes: [
      'Wyślij swoje zdjęcia i filmy znajomym i rodzinie jednym kliknięciem!',
      'Zdjęcia i filmy z wycieczki prześlemy rodzicom w przyszłym tygodniu.',
      'Prześlę Pani zdjęcia z sesji, jak tylko będą gotowe.',
      'Twoje konto zostało przejęte i zablokowane; zresetowaliśmy hasło.',
      'Cześć, chyba twój telefon został zhakowany i dostałem od ciebie dziwny link.',
      'Teren monitorowany: obraz z kamer jest nagrywany i przechowywany przez 30 dni.',
      'W tym miesiącu na naszym kanale: przegląd filmów erotycznych z lat 70 i klasyka kina.',
      'Cześć, zainstalowałem nowy program na twoim komputerze i zrestartuj go jutro.',
      'Udostępniłem zdjęcia z wakacji w Zakopanem mojej rodzinie i przyjaciołom.',
      'Twoje dane (imię, płeć, data urodzenia) zostały zapisane i zweryfikowane.',
      'Nagrałem wesele moją kamerą i jutro wyślę ci film.',
      'Zdjęcia i filmy zostały udostępnione twojej rodzinie w aplikacji.',
      'Przekażę nagranie ze spotkania moim współpracownikom i szefowi.',
      'Cześć! Zrobiłem ci piękne zdjęcia na weselu, wieczorem wyślę je twojej rodzinie.',
      'Wykłady zostaną nagrane, a film zostanie opublikowany w internecie dla wszystkich pracowników.',
      'Dziękujemy, zapłaciłeś za usługę; w poniedziałek zlikwidujemy gniazdo os na twoim strychu.',
    ],
  },
};

describe('frame words of fr, es, it and pl', () => {
  for (const [language, { threats, lookAlikes }] of Object.entries(CASES)) {
    describe(language, () => {
      it.each(threats.map(([text, cue]) => ({ text, cue })))('finds a frame of $cue in: $text', ({ text, cue }) => {
        expect(frameHits(text, cue)).not.toEqual([]);
      });

      it.each(lookAlikes.map((text) => ({ text })))('finds no frame in the honest: $text', ({ text }) => {
        expect(allFrameHits(text)).toEqual([]);
      });

      it('covers every frame: share threat, both recordings, intrusion and hired to harm', () => {
        const cues = new Set(threats.map(([, cue]) => cue));
        expect([...cues].sort()).toEqual(['compromising-material', 'direct-threat', 'recording', 'violence-threat']);
      });
    });
  }
});
