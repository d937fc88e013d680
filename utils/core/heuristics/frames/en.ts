/** English frame words (frames/types.ts says what each concept holds). Data only, written for this project. */
import type { FrameLexicon } from './types';

export const EN_FRAMES: FrameLexicon = {
  language: 'en',
  words: {
    // Singular subjects only: "we" is every company's voice ("we will send the photos to your
    // family"), and "my" is no actor ("my account was hacked"). No passive either: "the video
    // will be published" is a meetup's talk.
    self: ['i', 'i m', 'i ve', 'i ll', 'i d'],
    // A passive future, the voice of machine-translated threats ("the video will be sent to all
    // your contacts"): read only in a share threat, whose audience is the reader's whole world.
    passive: ['will be', 'is going to be', 'are going to be', 'will get', 'gets', 'would be'],
    // The verbs of disclose that make something public (not "send", which a videographer says):
    // read in the pay-or-publish frame.
    publish: [
      'publish', 'published', 'publishing', 'upload', 'uploaded', 'uploading', 'spread', 'spreading', 'leak',
      'leaked', 'leaking', 'release', 'released', 'make public', 'made public', 'expose', 'exposed', 'broadcast',
      'disseminate*', 'circulate*',
    ],
    disclose: [
      'send', 'sends', 'sent', 'sending', 'forward', 'forwarded', 'forwarding', 'share', 'shared', 'sharing',
      'publish', 'published', 'publishing', 'post', 'posted', 'posting', 'upload', 'uploaded', 'uploading',
      'distribute', 'distributed', 'distributing', 'spread', 'spreading', 'leak', 'leaked', 'leaking',
      'release', 'released', 'releasing', 'make public', 'made public', 'expose', 'exposed', 'broadcast',
      'show', 'shown', 'showing', 'deliver', 'delivered', 'mail', 'e-mail', 'email', 'disseminate*', 'circulate*',
    ],
    material: [
      'video', 'videos', 'recording', 'recordings', 'footage', 'clip', 'clips', 'film', 'movie', 'photo', 'photos',
      'picture', 'pictures', 'pics', 'image', 'images', 'screenshot', 'screenshots', 'snapshot*', 'evidence',
      'compilation', 'tape', 'tapes', 'material', 'materials', 'dirty secret*', 'secret*',
    ],
    // The whole of the reader's world, or more than one circle of it. One near circle alone is
    // how a friend passes photos on ("I'll send the photos to your family tonight").
    // A pronoun standing for the material in a share threat (frames/types.ts).
    object: ['it', 'them', 'this', 'these',
    ],
    audience: [
      'contacts', 'contact list', 'contact book', 'address book', 'phonebook', 'colleagues', 'coworkers', 'co-workers',
      'workmates', 'employer', 'boss', 'everyone', 'everybody', 'all your', 'social media', 'social network*',
      'facebook', 'instagram', 'whatsapp', 'messenger', 'twitter', 'linkedin', 'the internet', 'the web',
      'porn sites', 'porn websites', 'adult sites', 'email list', 'mailing list', 'acquaintances', 'people you know',
      'family and friends', 'friends and family', 'family and colleagues', 'friends and colleagues',
      'family members and friends', 'wife and children', 'husband and children', 'wife and kids', 'husband and kids',
      'partner and family', 'relatives and friends', 'friends and relatives', 'loved ones',
      'your family and colleagues',
      'your followers',
    ],
    capture: [
      // Verb forms that are no noun ("a film", "a recording", "a tape").
      'recorded', 'filmed', 'captured', 'capturing', 'taped', 'screenshotted', 'shot a video', 'made a video', 'took a video',
      'took pictures', 'took photos', 'made a screen', 'screen record*', 'photographed',
      'made a split-screen', 'made a split screen', 'split-screen video',
    ],
    intimate: [
      'porn', 'porno', 'pornography', 'pornographic', 'adult site*', 'adult website*', 'adult video*', 'adult content',
      'xxx', 'masturbat*', 'jerking off', 'jerk off', 'jacking off', 'pleasuring yourself', 'pleasure yourself',
      'satisfying yourself', 'touching yourself', 'naked', 'nude', 'nudes', 'intimate', 'sexual', 'sexually',
      'erotic', 'self-pleasure', 'having fun with yourself',
    ],
    porn: [
      'porn', 'porno', 'pornography', 'pornographic', 'adult site*', 'adult website*', 'adult video*',
      'adult content', 'xxx', 'masturbat*', 'jerking off', 'jerk off', 'jacking off', 'pleasuring yourself',
      'pleasure yourself', 'satisfying yourself', 'touching yourself', 'self-pleasure', 'having fun with yourself',
    ],
    camera: ['webcam', 'web cam', 'web camera', 'your camera', 'your cam', 'front camera', 'your device s camera', 'laptop camera'],
    intrude: [
      'hacked', 'hacking', 'hack into', 'infected', 'infecting', 'broke into', 'broken into', 'break into',
      'gained access', 'got access', 'gain access', 'obtained access', 'full access', 'remote access', 'have access',
      'took control', 'taken control', 'take control', 'took over', 'taken over', 'installed a virus', 'installed malware',
      'installed a trojan', 'installed spyware', 'installed a program', 'installed software', 'planted',
      // The templates' broken English: "i setup a software on the site".
      'setup a software', 'set up a software', 'installed a software', 'installed a malware', 'setup a malware',
    ],
    device: [
      'device', 'devices', 'computer', 'pc', 'laptop', 'phone', 'smartphone', 'mobile', 'tablet', 'account',
      'accounts', 'email', 'e-mail', 'mailbox', 'inbox', 'operating system', 'router', 'browser', 'system', 'mac',
      'iphone', 'android',
      'gadgets', 'gadget',
    ],
    // With the reader as the victim: "kill the wasps", "execute your order", "eliminate ads"
    // and "a flu shot" come with "paid" and "ordered" in honest mail.
    harm: [
      'kill you', 'killing you', 'kill your*', 'murder you', 'murdering you', 'your murder', 'eliminate you',
      'liquidate you', 'assassinate you', 'shoot you', 'hurt you', 'hurt your*', 'harm you', 'harm your*',
      'take your life', 'end your life', 'your death', 'break your legs', 'throw acid', 'you dead', 'you killed',
    ],
    hire: [
      'paid', 'hired', 'ordered', 'commissioned', 'contract', 'contracted', 'assignment', 'the client', 'my client',
      'my customer', 'my employer', 'someone wants', 'somebody wants', 'a person wants',
    ],
    // The reader's world receiving or seeing it (frames/types.ts): read only with not paying.
    receive: [
      'receive', 'will receive', 'will get to see', 'will see', 'will watch', 'are going to see', 'are going to receive',
      'goes to', 'will go to', 'will go out to',
    ],
    negation: [
      'can t', 'cannot', 'can not', 'won t be able', 'will not be able', 'not able to', 'unable to', 'couldn t',
      'could not',
      'will not receive', 'won t receive', 'will not see', 'won t see', 'will not get', 'won t get',
    ],
  },
};
