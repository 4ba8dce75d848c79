import { describe, expect, it } from 'vitest';
import { formatDuration, measure, progressBar, progressLine, progressReporter } from './progress';

describe('rebuild progress', () => {
  it('measures events per second and the time left', () => {
    expect(measure(600, 1000, 100, 1000)).toEqual({ done: 600, total: 1000, rate: 500, etaSeconds: 0.8 });
    expect(measure(0, 1000, 0, 100)).toMatchObject({ rate: null, etaSeconds: null });
    expect(measure(1000, 1000, 0, 100).etaSeconds).toBe(0);
  });

  it('draws a bar with percent, rate and ETA', () => {
    expect(progressBar({ done: 1000, total: 2000, rate: 850, etaSeconds: 75 }, 10)).toBe(
      '[#####-----] 50.0% 1,000/2,000 events · 850 ev/s · ETA 1:15',
    );
    expect(progressLine('rebuild', { done: 0, total: 0, rate: null, etaSeconds: null })).toBe('rebuild: 100.0% 0/0 events · -- ev/s · ETA --:--');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('redraws in place on a TTY and writes plain lines otherwise', () => {
    const tty: string[] = [];
    const r1 = progressReporter({ isTTY: true, write: (t) => tty.push(t) }, 'rebuild');
    r1.update({ done: 1, total: 2, rate: 1, etaSeconds: 1 });
    r1.update({ done: 2, total: 2, rate: 1, etaSeconds: 0 }, true);
    expect(tty[0]?.startsWith('\rrebuild [')).toBe(true);
    expect(tty[1]?.endsWith('\n')).toBe(true);

    const plain: string[] = [];
    const r2 = progressReporter({ isTTY: false, write: (t) => plain.push(t) }, 'rebuild', 60_000);
    r2.update({ done: 1, total: 2, rate: 1, etaSeconds: 1 });
    r2.update({ done: 1, total: 2, rate: 1, etaSeconds: 1 }); // throttled
    r2.update({ done: 2, total: 2, rate: 1, etaSeconds: 0 }, true);
    expect(plain).toEqual(['rebuild: 50.0% 1/2 events · 1 ev/s · ETA 0:01\n', 'rebuild: 100.0% 2/2 events · 1 ev/s · ETA 0:00\n']);
  });
});
