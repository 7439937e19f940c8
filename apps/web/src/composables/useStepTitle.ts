import { onMounted, useTemplateRef } from 'vue';

let stepViewsMounted = 0;

/**
 * Focus management of a step view, whose title carries `ref="stepTitle"` and `tabindex="-1"`. After
 * a navigation between steps the title takes the focus, so keyboard and screen-reader users start
 * reading the new step (WCAG 2.4.3). The first step view of a page load keeps the default focus.
 */
export function useStepTitle(): void {
  const title = useTemplateRef<HTMLElement>('stepTitle');
  onMounted(() => {
    stepViewsMounted += 1;
    if (stepViewsMounted > 1) title.value?.focus();
  });
}
