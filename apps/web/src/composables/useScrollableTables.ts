import { onBeforeUnmount, onMounted } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * Makes every table's scrolling box (`.table-wrap`) reachable from the keyboard, as WCAG asks of a
 * scrollable region (on a small screen every wide table scrolls): it gets `tabindex="0"`, the
 * `region` role and the table's caption (or « Tableau : » and its section's heading) as its name.
 * Boxes that already say so are left as they are. Runs on every change of the page, once per box.
 */
export function useScrollableTables(): void {
  const { t } = useI18n();
  let observer: MutationObserver | undefined;
  const fix = (): void => {
    for (const box of document.querySelectorAll<HTMLElement>('.table-wrap:not([tabindex])')) {
      box.tabIndex = 0;
      if (!box.getAttribute('role')) {
        // A heading also names its section (a region too): the box says it is the table, so that
        // no two regions share a name.
        const heading = box.closest('section')?.querySelector('h2, h3')?.textContent?.trim() || document.querySelector('h1')?.textContent?.trim();
        const name = box.querySelector('caption')?.textContent?.trim() || (heading ? t('tableRegion', { name: heading }) : '');
        box.setAttribute('role', 'region');
        if (name) box.setAttribute('aria-label', name);
      }
    }
  };
  onMounted(() => {
    fix();
    observer = new MutationObserver(fix);
    observer.observe(document.body, { childList: true, subtree: true });
  });
  onBeforeUnmount(() => observer?.disconnect());
}
