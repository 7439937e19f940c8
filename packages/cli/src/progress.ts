import type { OutputStream } from './context';
import type { Lang } from './i18n';
import { t } from './i18n';
import { formatDecimalString } from './output/text';

/** Progress of an import, as the inventory importer reports it. */
export interface ProgressEvent {
  readonly rowsDone?: number;
  readonly bytesDone?: number;
  readonly bytesTotal?: number;
}

export interface ProgressBarOptions {
  readonly stream: OutputStream;
  readonly lang: Lang;
  /** False when stdout is not a terminal or `--quiet` is given: then nothing is ever drawn. */
  readonly enabled: boolean;
  /** Clock in milliseconds. */
  readonly now: () => number;
  /** Nothing is drawn before this delay, so that fast imports print nothing. Default 1000 ms. */
  readonly delayMs?: number;
  readonly width?: number;
}

/**
 * A one-line progress bar on stderr, drawn only for imports that last longer than about a second.
 * stdout is never touched, so JSON output stays clean.
 */
export class ProgressBar {
  private readonly startedAt: number;
  private drawn = false;
  private lastDrawAt = -Infinity;

  constructor(private readonly options: ProgressBarOptions) {
    this.startedAt = options.now();
  }

  /** Reports progress; redraws at most ten times a second. */
  update(event: ProgressEvent, label = ''): void {
    if (!this.options.enabled) return;
    const now = this.options.now();
    if (now - this.startedAt < (this.options.delayMs ?? 1000)) return;
    if (this.drawn && now - this.lastDrawAt < 100) return;
    this.lastDrawAt = now;
    this.drawn = true;
    this.options.stream.write(`\r${this.render(event, label)}\x1b[K`);
  }

  /** Clears the bar, if it was drawn. */
  done(): void {
    if (this.drawn) this.options.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  /** The text of the bar for a progress event. */
  render(event: ProgressEvent, label = ''): string {
    const width = this.options.width ?? 30;
    const rows = event.rowsDone !== undefined ? t(this.options.lang, 'progress.rows', { rows: formatDecimalString(String(event.rowsDone), this.options.lang) }) : '';
    const prefix = label ? `${label} ` : '';
    if (event.bytesTotal !== undefined && event.bytesTotal > 0 && event.bytesDone !== undefined) {
      const ratio = Math.min(1, Math.max(0, event.bytesDone / event.bytesTotal));
      const filled = Math.round(ratio * width);
      const percent = `${Math.floor(ratio * 100)}`.padStart(3);
      return `${prefix}[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent} %${rows ? ` · ${rows}` : ''}`;
    }
    return `${prefix}${rows}`;
  }
}
