/**
 * The banner's styles as a string, for the host to put into its (closed) shadow root as the
 * textContent of a <style> element — no global CSS, no HTML sink. `:host` resets inherited
 * page styles so a webmail's CSS cannot restyle the banner.
 *
 * Calm on purpose: a soft neutral background, a blue-grey edge, dark text; no red. Contrast is
 * at least 4.5:1 for all text. Focus is always visible.
 */
export const WARNING_BANNER_CSS = `
:host { all: initial; display: block; }
.vahti-banner {
  box-sizing: border-box;
  margin: 8px 0 12px;
  padding: 14px 18px;
  max-width: 60rem;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f2933;
  background: #f3f5f9;
  border: 1px solid #c8d0dc;
  border-left: 6px solid #4b5d80;
  border-radius: 8px;
  text-align: start;
}
.vahti-banner[data-level="suspected"] { border-left-color: #6b6f7d; }
.vahti-banner * { box-sizing: border-box; }
.vahti-title { margin: 0 0 4px; font-size: 1.15em; font-weight: 600; line-height: 1.3; }
.vahti-lead { margin: 0 0 8px; }
.vahti-subtitle { margin: 12px 0 4px; font-size: 1em; font-weight: 600; }
.vahti-steps { margin: 0; padding-inline-start: 1.4em; }
.vahti-steps li { margin: 2px 0; }
.vahti-guidance { margin: 0; padding: 0; list-style: none; }
.vahti-guidance > li { margin: 6px 0; }
.vahti-guidance a { color: #1d4ed8; font-weight: 600; text-decoration: underline; }
.vahti-guidance a:visited { color: #5b21b6; }
.vahti-summary { color: #37404d; }
.vahti-phones { margin: 2px 0 0; padding-inline-start: 1.2em; }
.vahti-number { font-variant-numeric: tabular-nums; white-space: nowrap; font-weight: 600; }
.vahti-body-state { margin: 4px 0 8px; }
.vahti-helpdesk { margin: 10px 0 0; }
.vahti-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.vahti-button {
  font: inherit;
  font-size: 0.95em;
  padding: 5px 12px;
  color: #1f2933;
  background: #ffffff;
  border: 1px solid #5f6b7a;
  border-radius: 6px;
  cursor: pointer;
}
.vahti-button:hover { background: #e7ebf2; }
.vahti-button[disabled] { cursor: progress; opacity: 0.75; }
.vahti-quiet { border-color: #8a94a3; }
.vahti-banner a:focus-visible, .vahti-button:focus-visible {
  outline: 3px solid #1d4ed8;
  outline-offset: 2px;
}
.vahti-confirm { margin-top: 10px; padding: 8px 10px; background: #ffffff; border: 1px solid #c8d0dc; border-radius: 6px; }
.vahti-confirm p { margin: 0 0 6px; }
.vahti-notice { margin: 8px 0 0; min-height: 0; }
.vahti-notice:empty { margin: 0; }
.vahti-reasons { margin-top: 10px; padding: 8px 10px; background: #ffffff; border: 1px solid #c8d0dc; border-radius: 6px; }
.vahti-reasons[hidden] { display: none; }
.vahti-reason-list { margin: 0; padding-inline-start: 1.2em; }
.vahti-reason-list code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.9em; overflow-wrap: anywhere; }
.vahti-provenance { color: #4a5463; font-size: 0.9em; }
.vahti-page-language, .vahti-hours { color: #4a5463; font-size: 0.92em; }
.vahti-more-help, .vahti-details { margin-top: 6px; }
.vahti-more-help > summary, .vahti-details > summary { cursor: pointer; color: #1d4ed8; font-weight: 600; }
.vahti-banner summary:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.vahti-quote { font-style: italic; overflow-wrap: anywhere; }
.vahti-visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
`;
