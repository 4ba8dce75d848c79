/** A duration in words for people: `1 h 30 min`, `45 s`, `12 d` (two units below ten of the larger). */
export function formatDuration(ms: number): string {
  const abs = Math.max(0, ms);
  const units: [number, string][] = [
    [86_400_000, 'd'],
    [3_600_000, 'h'],
    [60_000, 'min'],
    [1000, 's'],
  ];
  for (let i = 0; i < units.length; i++) {
    const [size, name] = units[i] as [number, string];
    if (abs >= size) {
      const whole = Math.floor(abs / size);
      const rest = units[i + 1];
      const sub = rest !== undefined ? Math.floor((abs - whole * size) / rest[0]) : 0;
      return sub > 0 && rest !== undefined && whole < 10 ? `${whole} ${name} ${sub} ${rest[1]}` : `${whole} ${name}`;
    }
  }
  return `${Math.round(abs)} ms`;
}
