/**
 * The few page-level actions the UI performs itself, with plain DOM and no extension API:
 * saving a text file to the person's downloads (a blob URL and a click: nothing leaves the
 * device), copying text, and opening an official page in a new tab.
 */

export interface UiActions {
  saveFile(fileName: string, text: string, mime?: string): Promise<void>;
  copyText(text: string): Promise<void>;
  openUrl(url: string): void;
}

export function domActions(doc: Document): UiActions {
  return {
    async saveFile(fileName, text, mime = 'text/plain;charset=utf-8') {
      const win = doc.defaultView;
      if (!win) throw new Error('no window to save from');
      const url = win.URL.createObjectURL(new win.Blob([text], { type: mime }));
      const a = doc.createElement('a');
      a.href = url;
      a.download = fileName;
      a.style.display = 'none';
      (doc.body ?? doc.documentElement).append(a);
      try {
        a.click();
      } finally {
        a.remove();
        // Revoke later: the download starts asynchronously in some browsers.
        win.setTimeout(() => win.URL.revokeObjectURL(url), 60_000);
      }
    },
    async copyText(text) {
      const clipboard = doc.defaultView?.navigator.clipboard;
      if (clipboard) {
        try {
          await clipboard.writeText(text);
          return;
        } catch {
          // Fall through: some pages deny the async clipboard to content scripts.
        }
      }
      const area = doc.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      (doc.body ?? doc.documentElement).append(area);
      area.select();
      const copied = doc.execCommand('copy');
      area.remove();
      if (!copied) throw new Error('copy was refused');
    },
    openUrl(url) {
      doc.defaultView?.open(url, '_blank', 'noopener,noreferrer');
    },
  };
}
