// File names from the view: `mapa-praktyk-pomorskie-2026-12-06.csv` (the regions of the filter,
// folded to ASCII so every system and mail client keeps the name, and the local date).

const MAX_NAMED_REGIONS = 3;

/** `Kościerzyna` → `koscierzyna`, `powiat łódzki wschodni` → `powiat-lodzki-wschodni`. */
export function slugify(text: string): string {
  return text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** YYYY-MM-DD of the local calendar day. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName(regionNames: readonly string[], date: Date, extension: string) {
  const named = regionNames.slice(0, MAX_NAMED_REGIONS).map(slugify).filter(Boolean);
  if (regionNames.length > MAX_NAMED_REGIONS)
    named.push(`i-${regionNames.length - MAX_NAMED_REGIONS}-innych`);
  return ['mapa-praktyk', ...named, localDate(date)].join('-') + `.${extension}`;
}
