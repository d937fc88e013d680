/**
 * Spanish cue phrases for the extortion heuristics. Data only. Written for this project from
 * the features of Spanish sextortion waves ("te grabé", bitcoin en 48 horas), fake Policía
 * Nacional / Guardia Civil / Europol mails (pornografía infantil) and bomb threats; advice and
 * reporting phrases follow INCIBE, police and newsroom warnings.
 */
import type { Lexicon } from './types';

export const ES: Lexicon = {
  language: 'es',
  phrases: {
    'payment-demand': [
      'ingrésame', 'mi monedero virtual',
      'paga', 'pague', 'debes pagar', 'debe pagar', 'tienes que pagar', 'tiene que pagar', 'el pago', 'envía',
      'envíe', 'envíame', 'transfiere', 'transfiera', 'dirección bitcoin', 'dirección de bitcoin', 'dirección btc',
      'mi billetera', 'mi monedero', 'mi cartera', 'la siguiente dirección', 'a esta dirección', 'por valor de',
      'en bitcoin', 'copia y pega', 'rescate', 'tan pronto como reciba', 'una vez recibido', 'después del pago',
      'una multa', 'la multa', 'sanción',
    ],
    deadline: [
      'plazo', 'último aviso', 'última advertencia', 'última oportunidad', 'el tiempo corre', 'cuenta atrás',
      'cuenta regresiva', 'a partir de ahora', 'fecha límite', 'a más tardar',
    ],
    'exposure-threat': [
      'publicar', 'publicaré', 'publicado', 'publicada', 'publicados', 'hacer público', 'difundir', 'difundiré',
      'en internet', 'en la red', 'dark web', 'darknet', 'vender', 'tu reputación', 'su reputación', 'compartiré',
      
    ],
    'direct-threat': [
      'enviaré tu vídeo', 'enviaré tu video', 'a todos los contactos', 'tu vídeo a todos', 'tu video a todos',
      'a todos tus contactos', 'a todos sus contactos', 'enviaré el video', 'enviaré el vídeo', 'enviar el video',
      'enviar el vídeo', 'el video será enviado', 'el vídeo será enviado', 'publicaré el video', 'publicaré el vídeo',
      'compartiré el video', 'compartiré el vídeo', 'tus datos serán publicados',
    ],
    audience: [
      'tus contactos', 'sus contactos', 'tus amigos', 'sus amigos', 'tu familia', 'su familia', 'familiares',
      'tus compañeros', 'compañeros de trabajo', 'tu empleador', 'redes sociales', 'tu esposa', 'tu marido',
      'tu pareja', 'tus parientes',
    ],
    recording: [
      'tu vídeo', 'tu video', 'imágenes pornográficas',
      'video tuyo', 'vídeo tuyo', 'video de ti', 'vídeo de ti', 'te grabé', 'te he grabado', 'te filmé',
      'cámara web', 'webcam', 'tu cámara', 'sitios para adultos', 'sitio para adultos', 'páginas para adultos',
      'porno*', 'masturb*', 'imágenes íntimas', 'íntimas', 'desnud*',
    ],
    'personal-data': [
      'número de seguridad social', 'dni', 'fecha de nacimiento', 'diagnóstico*', 'historial médico',
      'historia clínica', 'historias clínicas',
    ],
    'held-data': [
      'datos personales', 'tus datos', 'sus datos', 'tus archivos', 'información personal', 'tus secretos',
      'datos de clientes',
    ],
    consequence: ['de lo contrario', 'en caso contrario', 'si no pagas', 'si no paga', 'si no recibo', 'si ignoras'],
    commercial: [
      'factura', 'recargo', 'intereses de demora', 'recibo', 'número de pedido', 'iva', 'cuota',
      'recordatorio de pago',
    ],
    'violence-threat': [
      'bomba', 'explosivo', 'explotará', 'explotar', 'matar', 'mataré', 'hacerte daño', 'herir', 'ácido',
      'incendiar', 'prender fuego', 'sicario', 'violencia', 'sé dónde vives', 'sabemos dónde vives',
      'sé dónde vive', 'sabemos dónde vive',
    ],
    'kidnap-threat': ['secuestr*', 'raptar', 'rehén'],
    'authority-claim': [
      'policia', 'ministerio de justicia', 'oficina central',
      'policía', 'policía nacional', 'guardia civil', 'mossos', 'europol', 'interpol', 'fiscalía', 'juzgado',
      'ministerio del interior', 'citación',
    ],
    summons: ['citación', 'citacion', 'citación judicial', 'orden de comparecencia'],
    accusation: [
      'un menor', 'delincuentes sexuales', 'pornográficas de',
      'pornografía infantil', 'pedofilia', 'pedófil*', 'pederast*', 'menores', 'menor de edad', 'abuso sexual',
      'exhibicionismo', 'está acusado', 'estás acusado', 'procedimiento penal', 'orden de arresto',
      'orden de detención',
    ],
    'compromising-material': [
      'acceso completo a su cuenta', 'infectado con malware',
      'contraseña', 'tu contraseña', 'hackeado', 'hackeé', 'pirateado', 'acceso a tu', 'malware', 'troyano',
      'spyware', 'tu dispositivo', 'tu ordenador', 'tu computadora', 'infectado',
    ],
    'pay-to-delete': [
      'borraré', 'eliminaré', 'será borrado', 'será eliminado', 'serán eliminados', 'eliminado permanentemente',
      'borrado permanentemente', 'destruiré', 'no volverás a saber de mí', 'nunca más sabrás de mí',
    ],
    'therapy-context': [
      'terapia*', 'terapeut*', 'psiquiatr*', 'psicoterap*', 'psicólog*', 'historial médico', 'historia clínica',
      'datos de salud', 'diagnóstico*', 'salud mental', 'pacientes',
    ],
    'blame-company': ['se negó a pagar', 'se negaron a pagar', 'asumir la responsabilidad'],
    'no-police': [
      'no contactes a la policía', 'no llames a la policía', 'no acudas a la policía', 'si contactas a la policía',
      'si llamas a la policía', 'la policía no puede ayudarte', 'no se lo digas a nadie', 'no le digas a nadie',
    ],
    'hacker-claim': ['soy un hacker', 'soy el programador', 'soy hacker', 'hackeó', 'desde tu cuenta', 'desde su cuenta', 'te he estado observando', 'tengo acceso completo'],
    advice: [
      'no pagues', 'no pague', 'no pagar', 'nunca pagues', 'no respondas', 'no responda', 'no responder',
      'denunciar', 'presentar una denuncia', 'incibe', 'cambia tu contraseña', 'cambiar la contraseña', 'estafa',
      'estafas', 'fraude', 'phishing', 'sextorsión', 'extorsión', 'ten cuidado', 'tenga cuidado',
      'no hagas clic', 'no haga clic',
    ],
    reporting: [
      'dijo', 'afirma', 'informa',
      'remitente', 'los ciberdelincuentes', 'aseguran', 'haciéndose pasar',
      'estafadores', 'los estafadores', 'delincuentes', 'los delincuentes', 'ciberdelincuentes', 'criminales',
      'extorsionadores', 'destinatarios', 'el destinatario', 'víctimas', 'según la policía', 'según', 'advierte',
      'alerta', 'comunicado', 'estos correos', 'estos mensajes', 'los correos', 'estos emails',
      'filtración de datos', 'condenado', 'detenido', 'detenidos',
    ],
  },
};
