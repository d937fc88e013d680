/**
 * English cue phrases for the extortion heuristics. Data only; written for this project from
 * the recognition features in the shared research notes (sextortion, Vastaamo translations,
 * Fred Hutch / Integris patient extortion), not copied from any campaign.
 */
import type { Lexicon } from './types';

export const EN: Lexicon = {
  language: 'en',
  phrases: {
    'payment-demand': [
      'my demand', 'meet my demand', 'my price',
      'you have to pay', 'you need to pay', 'you must pay', 'you will pay', 'you are to pay',
      'i want you to pay', 'pay me', 'pay us', 'pay the amount', 'pay the fee', 'pay the sum',
      'make the payment', 'make a payment', 'send the payment', 'send me', 'send the money',
      'send the bitcoin', 'send bitcoin', 'transfer the amount', 'transfer the money',
      'transfer bitcoin', 'payment must', 'worth of bitcoin*', 'worth of btc', 'worth of monero',
      'worth of crypto*', 'my bitcoin address', 'my btc address', 'my wallet', 'our wallet',
      'my bitcoin wallet', 'the following bitcoin address', 'the following address',
      'this bitcoin address', 'to this address', 'the address below', 'bitcoin address below',
      'wallet address below', 'copy and paste', 'case sensitive', 'case-sensitive',
      'confidentiality fee', 'my fee', 'the ransom', 'ransom', 'to keep your data safe',
      'to keep your information safe', 'if you pay', 'once you pay', 'after you pay',
      'once the payment', 'after the payment', 'when i receive', 'if we receive', 'if i receive',
      'once i receive', 'once we receive', 'payment received', 'payment reminder',
      'if you do not pay', 'if you don t pay', 'unless you pay', 'you can pay', 'pay in bitcoin*',
      'pay with bitcoin*', 'pay in crypto*', 'to have your record removed', 'to have your data removed',
    ],
    // Time spans and dates are found by deadline.ts; these are deadlines said in words.
    deadline: [
      'deadline', 'you have until', 'the clock is ticking', 'countdown', 'the timer',
      'last chance', 'final warning', 'last warning', 'you have two days', 'you have one day',
      'you have a day', 'due date', 'due by', 'expires', 'expire',
    ],
    'exposure-threat': [
      // Not bare "publish": newsletters and platforms "publish" all the time.
      'will publish', 'publish your', 'publish the', 'publish it', 'publish them',
      'publish everything', 'will be published', 'be published', 'get published',
      'make public', 'made public', 'go public',
      'public for everyone', 'for everyone to see', 'everyone will see', 'send the video',
      'send this video', 'send it to your', 'send it to all', 'send it to everyone',
      'share the video', 'share it with', 'share them with',
      'post it online', 'put it online', 'post them online', 'on the internet',
      'your reputation', 'send the photos', 'upload the video', 'leak', 'leaked', 'will be leaked',
      'release the', 'sold on', 'dark web', 'dark net', 'darknet', 'darkweb', 'black market',
      'being sold',
    ],
    'direct-threat': [
      'send the video to', 'send this video to', 'send the recording to', 'send the photos to',
      'to all your contacts', 'to all of your contacts', 'email your diagnosis', 'tell your wife',
      'tell your husband', 'tell your partner', 'tell your boss', 'publish your', 'expose you',
      'release your', 'sell your data', 'sell your information', 'publish the video',
      'publish the photos',
    ],
    consequence: [
      // Tied to not paying: "if you did not make this purchase" in a receipt is not one.
      'or i will', 'or we will', 'or else', 'otherwise', 'if i don t get', 'if i do not get',
      'if i don t receive', 'if i do not receive', 'if i don t see', 'if we don t receive',
      'if we do not receive', 'if you don t pay', 'if you do not pay', 'if you fail to pay',
      'ignore this', 'if you ignore', 'failing which'
    ],
    commercial: [
      'invoice', 'late fee', 'late payment fee', 'reminder fee', 'late payment', 'collection agency',
      'debt collection', 'order number', 'order #', 'receipt', 'vat', 'membership fee', 'session fee',
    ],
    'violence-threat': [
      'want you dead', 'live or die', 'wants you dead', 'kill you', 'infect your family',
      'hurt you', 'harm you', 'hurt your', 'harm your', 'swat', 'swatting',
      'swat team', 'burn down', 'set fire', 'arson', 'break your', 'kill', 'physical harm',
      'bomb', 'explosive device', 'the explosive', 'will explode', 'detonate', 'blow up', 'acid',
      'hitman', 'hit man', 'i know where you live', 'we know where you live', 'you and your loved ones',
      'pay you a visit',
    ],
    'kidnap-threat': ['kidnap*', 'abduct*', 'hostage', 'we have your daughter', 'we have your son', 'we have your child'],
    'authority-claim': [
      'police', 'fbi', 'europol', 'interpol', 'national crime agency', 'cyber crime unit', 'cybercrime unit',
      'department of justice', 'ministry of the interior', 'court summons', 'summons', 'law enforcement',
    ],
    summons: ['summons', 'court summons', 'subpoena', 'case file', 'official convocation'],
    accusation: [
      'child pornography', 'child abuse material', 'paedophil*', 'pedophil*', 'minors', 'exhibitionism',
      'you are accused', 'you have been accused', 'criminal proceedings', 'arrest warrant',
      'pornographic material', 'illegal pornography',
    ],
    audience: [
      'all your contacts', 'your contacts', 'your contact list', 'your friends', 'your family',
      'family members', 'your relatives', 'your colleagues', 'your co-workers', 'your employer',
      'your partner', 'your spouse', 'social network*', 'social media', 'everyone you know',
      'your wife', 'your husband', 'your children', 'your kids', 'your boss', 'address book',
      'everyone in your',
    ],
    recording: [
      // Of the reader: "the talks will be recorded" at a meetup is no leverage.
      'recorded you', 'recording of you', 'video of you', 'videos of you', 'footage of you',
      'photos of you', 'pictures of you', 'filmed you', 'your webcam', 'your camera',
      'your laptop s camera', 'your phone s camera', 'while you were watching', 'while you watched',
      'adult website*', 'adult site*', 'adult content', 'adult videos', 'porn*', 'masturbat*',
      'intimate', 'nude*', 'your browsing history', 'private websites', 'your video'
    ],
    'personal-data': [
      'social security number', 'ssn', 'home address', 'date of birth', 'medical history',
      'personal identity code', 'diagnosis', 'your diagnosis', 'health insurance claims',
    ],
    'held-data': [
      'personal information', 'personal data', 'your documents', 'chat history', 'your data',
      'your information', 'your records', 'your name', 'your files', 'your secret', 'your affair',
      'customer database', 'your customer database', 'home addresses',
    ],
    'compromising-material': [
      'your password', 'password', 'hacked your', 'hacked', 'access to your device',
      'compromising material', 'compromising video', 'infected',
      'your device', 'malware', 'trojan', 'spyware', 'rat software', 'remote access',
    ],
    'pay-to-delete': [
      'permanently deleted', 'will be deleted', 'be deleted', 'delete the video',
      'delete everything', 'delete all', 'delete your data', 'delete your information',
      'delete your records', 'remove your data', 'removed from our servers',
      'deleted from our servers', 'erase', 'erased', 'destroy the', 'destroyed',
      'never hear from me again', 'never hear from us again', 'delete option', 'view option',
    ],
    'therapy-context': [
      'therapy', 'therapist*', 'psychiatr*', 'psychotherap*', 'psychologist*', 'patient record*',
      'patient data', 'medical history', 'medical record*', 'health record*', 'treatment record*',
      'session notes', 'therapy notes', 'diagnos*', 'mental health',
    ],
    'blame-company': [
      'refused to pay', 'refused to take responsibility', 'refused to cooperate',
      'refused to make a deal', 'refused our', 'did not want to pay', 'chose not to pay',
      'take responsibility', 'their mistake', 'their negligence', 'blame them', 'blame the',
    ],
    'no-police': [
      'don t contact the police', 'do not contact the police', 'don t go to the police',
      'do not go to the police', 'don t call the police', 'do not call the police',
      'if you contact the police', 'if you go to the police', 'if you call the police',
      'involve the police', 'police can t help', 'police cannot help', 'police will not help',
      'don t tell anyone', 'do not tell anyone', 'tell no one', 'no one can help you',
    ],
    'hacker-claim': ['i am a hacker', 'i m a hacker', 'i am a professional hacker', 'i hacked your', 'i have hacked your', 'i have been watching you', 'i ve been watching you', 'from your account', 'from your own account', 'i have access to your'],
    advice: [
      'do not pay', 'don t pay', 'never pay', 'not to pay', 'should not pay', 'advise against paying',
      'report to the police', 'report it to', 'report the crime',
      'file a police report', 'file a report', 'file a complaint', 'police report',
      'contact the police', 'contact your local police', 'ic3 gov', 'action fraud', 'actionfraud',
      'reportcyber', 'scamwatch', 'change your password', 'change the password',
      'it is a scam', 'this is a scam', 'is a scam', 'scam email*', 'scam message*',
      'extortion email*', 'extortion message*', 'sextortion', 'phishing', 'be careful',
      'be vigilant', 'stay safe', 'delete the message', 'delete the email', 'keep the message',
      'keep the email', 'save the message', 'do not click', 'don t click', 'never share',
    ],
    reporting: [
      'said', 'says', 'began one email', 'subject line', 'these threats', 'the threats', 'not considered to be credible', 'reported',
      'claim to be', 'posing as', 'pretending to be', 'the message claims',
      'the email', 'the emails', 'these emails', 'such emails', 'these messages',
      'such messages', 'the scammer*', 'scammers', 'the extortionist*', 'extortionists',
      'criminals', 'the criminal', 'the attacker*', 'attackers', 'the hacker', 'hackers',
      'the sender', 'recipients', 'the recipient', 'victims', 'victim s', 'according to',
      'police said', 'said in a statement', 'told reporters', 'has received reports',
      'have received reports', 'received reports', 'warns', 'warned', 'warning about',
      'spokesperson', 'spokesman', 'the fbi', 'authorities',
      'the breach', 'data breach', 'the company said', 'court', 'sentenced', 'convicted',
      'was arrested', 'prosecutor*',
    ],
  },
};
