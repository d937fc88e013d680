/**
 * Whether the person can actually see the warning, as the browser itself judges it: Chromium's
 * IntersectionObserver v2 (`trackVisibility`) reports a target as not visible when anything in
 * the whole page, including the webmail around this frame, covers it, makes it transparent,
 * filters it or transforms it. A warning that is on screen (`isIntersecting`) but not visible is
 * being hidden; one scrolled out of view is not. Browsers without v2 report nothing here.
 */
type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

export function watchVisibility(target: Element, onChange: (visible: boolean) => void): void {
  let last: boolean | undefined;
  const observer = new IntersectionObserver(
    (entries) => {
      const entry = entries[entries.length - 1] as VisibilityEntry | undefined;
      if (!entry || entry.isVisible === undefined || !entry.isIntersecting) return;
      if (entry.isVisible === last) return;
      last = entry.isVisible;
      onChange(entry.isVisible);
    },
    // `delay` is required with trackVisibility (100 ms is the smallest the browser accepts).
    { threshold: [0, 0.5, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(target);
}
