// Number and date formatting for the statistics pages, in the UI language.
import type { UiLanguage } from '../i18n';

const locales: Record<UiLanguage, string> = { en: 'en-US', ko: 'ko-KR' };

export function formatNumber(value: number, language: UiLanguage, digits = 0): string {
  return value.toLocaleString(locales[language], { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Accepts 0–1 fractions and 0–100 percentages alike. */
export function formatPercent(value: number, language: UiLanguage): string {
  const fraction = value > 1 ? value / 100 : value;
  return fraction.toLocaleString(locales[language], { style: 'percent', maximumFractionDigits: 0 });
}

export function formatDateTime(iso: string | number, language: UiLanguage): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(locales[language], { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatBytes(bytes: number, language: UiLanguage): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, language, unit >= 2 ? 1 : 0)} ${units[unit]}`;
}

export function formatDuration(totalSeconds: number): string {
  const s = Math.floor(totalSeconds);
  const days = Math.floor(s / 86400);
  const hours = Math.floor((s % 86400) / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const clock = [hours, minutes, seconds].map((n) => String(n).padStart(2, '0')).join(':');
  return days > 0 ? `${days}d ${clock}` : clock;
}
