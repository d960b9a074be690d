/** Reads a `today` attribute (`YYYY-MM-DD`); anything else means the real today. */
export function parseToday(value: string | undefined): Date {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return new Date();
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(date.getTime()) ? date : new Date();
}
