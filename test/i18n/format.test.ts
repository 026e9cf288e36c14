import { expect } from '@open-wc/testing';
import { formatCompactNumber, formatDateTime, formatRelativeTime } from '../../src/i18n/format.js';
import { NOW } from '../helpers.js';

const ago = (ms: number) => new Date(NOW - ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it('says "now" within a minute, either way', () => {
    expect(formatRelativeTime(ago(20_000), NOW, 'en')).to.equal('now');
    expect(formatRelativeTime(ago(-20_000), NOW, 'en')).to.equal('now');
  });

  it('counts minutes, hours and days in the given language', () => {
    expect(formatRelativeTime(ago(5 * MINUTE), NOW, 'en')).to.equal('5 minutes ago');
    expect(formatRelativeTime(ago(2 * HOUR + 10 * MINUTE), NOW, 'en')).to.equal('2 hours ago');
    expect(formatRelativeTime(ago(DAY + HOUR), NOW, 'en')).to.equal('yesterday');
    expect(formatRelativeTime(ago(3 * DAY), NOW, 'de')).to.equal('vor 3 Tagen');
    expect(formatRelativeTime(ago(-2 * HOUR), NOW, 'en')).to.equal('in 2 hours');
  });

  it('shows a date past a week, with the year only when it differs', () => {
    expect(formatRelativeTime(ago(10 * DAY), NOW, 'en')).to.equal('Nov 15');
    expect(formatRelativeTime(new Date('2024-03-02T12:00:00Z'), NOW, 'en')).to.equal('Mar 2, 2024');
    expect(formatRelativeTime(new Date('2024-03-02T12:00:00Z'), NOW, 'de')).to.equal(
      '2. März 2024',
    );
  });
});

describe('formatDateTime', () => {
  it('gives the full date and time', () => {
    const text = formatDateTime(new Date(NOW), 'en');
    expect(text).to.match(/November 25, 2026/);
  });
});

describe('formatCompactNumber', () => {
  it("writes small counts as they are, in the reader's digits", () => {
    expect(formatCompactNumber(0, 'en')).to.equal('0');
    expect(formatCompactNumber(999, 'en')).to.equal('999');
    expect(formatCompactNumber(42, 'ar-EG')).to.equal('٤٢');
  });

  it('shortens large counts the way each language does', () => {
    expect(formatCompactNumber(15_300, 'en')).to.equal('15.3K');
    expect(formatCompactNumber(1_000, 'en')).to.equal('1K');
    expect(formatCompactNumber(2_500_000, 'de')).to.equal('2,5\u00a0Mio.');
    expect(formatCompactNumber(15_000, 'ja')).to.equal('1.5万');
  });
});
