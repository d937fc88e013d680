/**
 * Spanish frame words (frames/types.ts says what each concept holds). Data only, written for this
 * project. Accented spellings first, then the same words without diacritics for mail that loses them.
 */
import type { FrameLexicon } from './types';

export const ES_FRAMES: FrameLexicon = {
  language: 'es',
  words: {
    // "yo", the passive future ("el vídeo será enviado", "se enviará") and, as Spanish drops the pronoun, the
    // first-person forms of the disclose, capture and intrude verbs. Not "he" alone (English "he"), "nosotros",
    // "me" or imperatives ("comparte"). "sería" and "envié" lose no accent: "seria" is "serious", "envie" French.
    self: [
      'yo', 'será', 'serán', 'sería', 'serían', 'va a ser', 'van a ser', 'voy a', 'se enviará', 'se enviarán',
      'se publicará', 'se publicarán', 'se compartirá', 'se compartirán', 'se difundirá', 'se difundirán',
      'enviaré', 'mandaré', 'reenviaré', 'publicaré', 'compartiré', 'difundiré', 'subiré', 'filtraré',
      'distribuiré', 'mostraré', 'revelaré', 'divulgaré', 'expondré', 'haré público', 'haré pública',
      'haré públicos', 'haré públicas', 'envié', 'publiqué', 'compartí', 'difundí', 'grabé', 'filmé', 'capturé',
      'fotografié', 'he grabado', 'he filmado', 'he capturado', 'he fotografiado', 'he hecho capturas',
      'hice capturas', 'hice un video', 'hice un vídeo', 'he hecho un video', 'he hecho un vídeo', 'tomé fotos',
      'saqué fotos', 'he tomado fotos', 'he hackeado', 'hackeé', 'he jaqueado', 'he pirateado', 'pirateé',
      'he infectado', 'infecté', 'he infiltrado', 'infiltré', 'he accedido', 'accedí', 'he obtenido acceso',
      'obtuve acceso', 'he conseguido acceso', 'conseguí acceso', 'he logrado acceder', 'logré acceder',
      'pude acceder', 'he podido acceder', 'tengo acceso', 'he tenido acceso', 'tuve acceso',
      'he tomado el control', 'tomé el control', 'tengo el control', 'tengo control total', 'he entrado en',
      'entré en', 'he vulnerado', 'vulneré', 'he comprometido', 'comprometí', 'he instalado un virus',
      'he instalado un malware', 'he instalado un troyano', 'he instalado un software malicioso',
      'he instalado un programa malicioso', 'he instalado un programa espía', 'he instalado un software espía',
      'he instalado un spyware', 'he instalado un keylogger', 'instalé un virus', 'instalé un malware',
      'instalé un troyano', 'instalé un software malicioso', 'instalé un programa malicioso',
      'instalé un programa espía', 'instalé un software espía', 'instalé un spyware', 'instalé un keylogger',
      'sera', 'seran', 'serian', 'se enviara', 'se enviaran', 'se publicara', 'se publicaran', 'se compartira',
      'se compartiran', 'se difundira', 'se difundiran', 'enviare', 'reenviare', 'publicare', 'compartire',
      'difundire', 'revelare', 'expondre', 'hare publico', 'hare publica', 'hare publicos', 'hare publicas',
      'comparti', 'difundi', 'grabe', 'filme', 'hackee', 'piratee', 'infecte', 'infiltre', 'consegui acceso',
      'logre acceder', 'vulnere', 'comprometi', 'he instalado un programa espia', 'he instalado un software espia',
      'instale un virus', 'instale un malware', 'instale un troyano', 'instale un software malicioso',
      'instale un programa malicioso', 'instale un programa espia', 'instale un software espia',
      'instale un spyware', 'instale un keylogger',
    ],
    disclose: [
      'enviar', 'envía', 'enviado', 'enviada', 'enviados', 'enviadas', 'enviará', 'enviarán', 'enviaría',
      'enviando', 'mandar', 'mandado', 'mandada', 'mandados', 'mandadas', 'mandará', 'mandarán', 'mandando',
      'reenviar', 'reenviado', 'reenviada', 'reenviará', 'compartir', 'compartido', 'compartida', 'compartidos',
      'compartidas', 'compartirá', 'compartirán', 'compartiendo', 'publicar', 'publicado', 'publicada',
      'publicados', 'publicadas', 'publicará', 'publicarán', 'publicando', 'difundir', 'difundido', 'difundida',
      'difundidos', 'difundidas', 'difundirá', 'difundirán', 'subir', 'subiría', 'filtrar', 'filtrado', 'filtrada',
      'filtrados', 'filtradas', 'distribuir', 'distribuido', 'distribuida', 'distribuidos', 'distribuidas',
      'distribuirá', 'mostrar', 'mostrado', 'mostrada', 'mostrará', 'revelar', 'revelará', 'divulgar', 'divulgado',
      'divulgada', 'divulgados', 'divulgadas', 'divulgará', 'exponer', 'hacer público', 'hacer pública',
      'hacerlo público', 'hacerla pública', 'hacerlos públicos', 'hacerlas públicas', 'enviaré', 'mandaré',
      'reenviaré', 'publicaré', 'compartiré', 'difundiré', 'subiré', 'filtraré', 'distribuiré', 'mostraré',
      'revelaré', 'divulgaré', 'expondré', 'haré público', 'haré pública', 'haré públicos', 'haré públicas',
      'envié', 'publiqué', 'compartí', 'difundí', 'envia', 'enviara', 'enviaran', 'enviaria', 'mandara',
      'mandaran', 'reenviara', 'compartira', 'compartiran', 'publicara', 'publicaran', 'difundira', 'difundiran',
      'subiria', 'distribuira', 'mostrara', 'revelara', 'divulgara', 'hacer publico', 'hacer publica',
      'hacerlo publico', 'hacerla publica', 'hacerlos publicos', 'hacerlas publicas', 'enviare', 'reenviare',
      'publicare', 'compartire', 'difundire', 'revelare', 'expondre', 'hare publico', 'hare publica',
      'hare publicos', 'hare publicas', 'comparti', 'difundi',
    ],
    material: [
      'video', 'vídeo', 'videos', 'vídeos', 'grabación', 'grabaciones', 'película', 'clip', 'clips', 'foto',
      'fotos', 'fotografía', 'fotografías', 'imagen', 'imágenes', 'captura de pantalla', 'capturas de pantalla',
      'capturas', 'pruebas', 'material', 'grabado', 'grabados', 'secuencia', 'secuencias', 'montaje',
      'recopilación', 'grabacion', 'pelicula', 'fotografia', 'fotografias', 'imagenes', 'recopilacion',
    ],
    // Only the reader's people ("tu familia", "sus compañeros"): "voy a enviar las fotos a mi familia" is a
    // holiday, and "a las familias" a school.
    audience: [
      'tu familia', 'tu lista de contactos', 'tu agenda', 'tu libreta de direcciones', 'tu esposa', 'tu esposo',
      'tu marido', 'tu mujer', 'tu pareja', 'tu novia', 'tu novio', 'tu jefe', 'tu jefa', 'tu empleador',
      'tu facebook', 'tu instagram', 'tu whatsapp', 'tu entorno', 'su familia', 'su lista de contactos',
      'su agenda', 'su libreta de direcciones', 'su esposa', 'su esposo', 'su marido', 'su mujer', 'su pareja',
      'su novia', 'su novio', 'su jefe', 'su jefa', 'su empleador', 'su facebook', 'su instagram', 'su whatsapp',
      'su entorno', 'tus contactos', 'tus amigos', 'tus amigas', 'tus familiares', 'tus colegas', 'tus compañeros',
      'tus compañeros de trabajo', 'tus seres queridos', 'tus vecinos', 'tus conocidos', 'tus seguidores',
      'tus redes sociales', 'tus allegados', 'tus superiores', 'sus contactos', 'sus amigos', 'sus amigas',
      'sus familiares', 'sus colegas', 'sus compañeros', 'sus compañeros de trabajo', 'sus seres queridos',
      'sus vecinos', 'sus conocidos', 'sus seguidores', 'sus redes sociales', 'sus allegados', 'sus superiores',
      'tus padres', 'en internet', 'por internet', 'sitios porno', 'páginas porno', 'webs porno',
      'sitios para adultos', 'páginas para adultos', 'lista de contactos', 'libreta de direcciones',
      'tus companeros', 'tus companeros de trabajo', 'sus companeros', 'sus companeros de trabajo',
      'paginas porno', 'paginas para adultos',
    ],
    // Not "registrado": "te has registrado" is a sign-up.
    capture: [
      'grabar', 'grabado', 'grabada', 'grabados', 'grabadas', 'grabando', 'grababa', 'filmar', 'filmado',
      'filmada', 'filmados', 'filmando', 'filmaba', 'capturar', 'capturado', 'capturada', 'capturando',
      'fotografiado', 'fotografiada', 'grabé', 'filmé', 'capturé', 'fotografié', 'he grabado', 'he filmado',
      'he capturado', 'he fotografiado', 'he hecho capturas', 'hice capturas', 'hice un video', 'hice un vídeo',
      'he hecho un video', 'he hecho un vídeo', 'tomé fotos', 'saqué fotos', 'he tomado fotos', 'grabe', 'filme',
    ],
    // Not "sexo" or "intimidad" alone: "Sexo: hombre" is a form field, "intimidad" privacy. Not "erótico":
    // English "film" is a capture word, so "un film erótico" in a TV listing would read as a recording.
    intimate: [
      'porno', 'pornografía', 'pornográfico', 'pornográfica', 'pornográficos', 'pornográficas', 'sitio porno',
      'sitios porno', 'páginas porno', 'sitio para adultos', 'sitios para adultos', 'páginas para adultos',
      'sitios web para adultos', 'contenido para adultos', 'contenidos para adultos', 'videos para adultos',
      'vídeos para adultos', 'xxx', 'masturb*', 'desnudo', 'desnuda', 'desnudos', 'desnudas', 'sexual', 'sexuales',
      'videos de sexo', 'vídeos de sexo', 'videos íntimos', 'vídeos íntimos', 'fotos íntimas', 'imágenes íntimas',
      'momentos íntimos', 'escenas íntimas', 'contenido íntimo', 'partes íntimas', 'tocándote', 'dándote placer',
      'satisfaciéndote', 'complaciéndote', 'dándose placer', 'pornografia', 'pornografico', 'pornografica',
      'pornograficos', 'pornograficas', 'paginas porno', 'paginas para adultos', 'videos intimos', 'fotos intimas',
      'imagenes intimas', 'momentos intimos', 'escenas intimas', 'contenido intimo', 'partes intimas', 'tocandote',
      'dandote placer', 'satisfaciendote', 'complaciendote', 'dandose placer',
    ],
    // The reader's camera, not any camera: "grabé la boda con mi cámara" is a holiday.
    camera: [
      'webcam', 'cámara web', 'tu cámara', 'su cámara', 'cámara frontal', 'cámara de tu', 'cámara de su',
      'cámara del dispositivo', 'cámara integrada', 'camara web', 'tu camara', 'su camara', 'camara frontal',
      'camara de tu', 'camara de su', 'camara del dispositivo', 'camara integrada',
    ],
    // First-person forms only: a friend writes "creo que tu móvil fue hackeado", and an IT admin "he instalado
    // el programa en tu ordenador"; so "instalado" only with malware.
    intrude: [
      'he hackeado', 'hackeé', 'he jaqueado', 'he pirateado', 'pirateé', 'he infectado', 'infecté',
      'he infiltrado', 'infiltré', 'he accedido', 'accedí', 'he obtenido acceso', 'obtuve acceso',
      'he conseguido acceso', 'conseguí acceso', 'he logrado acceder', 'logré acceder', 'pude acceder',
      'he podido acceder', 'tengo acceso', 'he tenido acceso', 'tuve acceso', 'he tomado el control',
      'tomé el control', 'tengo el control', 'tengo control total', 'he entrado en', 'entré en', 'he vulnerado',
      'vulneré', 'he comprometido', 'comprometí', 'he instalado un virus', 'he instalado un malware',
      'he instalado un troyano', 'he instalado un software malicioso', 'he instalado un programa malicioso',
      'he instalado un programa espía', 'he instalado un software espía', 'he instalado un spyware',
      'he instalado un keylogger', 'instalé un virus', 'instalé un malware', 'instalé un troyano',
      'instalé un software malicioso', 'instalé un programa malicioso', 'instalé un programa espía',
      'instalé un software espía', 'instalé un spyware', 'instalé un keylogger', 'hackee', 'piratee', 'infecte',
      'infiltre', 'consegui acceso', 'logre acceder', 'vulnere', 'comprometi', 'he instalado un programa espia',
      'he instalado un software espia', 'instale un virus', 'instale un malware', 'instale un troyano',
      'instale un software malicioso', 'instale un programa malicioso', 'instale un programa espia',
      'instale un software espia', 'instale un spyware', 'instale un keylogger',
    ],
    device: [
      'dispositivo', 'dispositivos', 'ordenador', 'ordenadores', 'computadora', 'computador', 'pc', 'portátil',
      'laptop', 'teléfono', 'teléfonos', 'móvil', 'celular', 'smartphone', 'tableta', 'tablet', 'cuenta',
      'cuentas', 'correo', 'correo electrónico', 'email', 'e-mail', 'buzón', 'bandeja de entrada',
      'sistema operativo', 'sistema', 'router', 'enrutador', 'navegador', 'mac', 'iphone', 'android', 'portatil',
      'telefono', 'telefonos', 'movil', 'correo electronico', 'buzon',
    ],
  },
};
