import { expect } from '@open-wc/testing';
import { formatCompact, formatDate, formatFiscalYear, formatNumber, formatPercent, formatValue, fractionDigits, sharedDecimals } from '../../src/progress/index.js';

describe('formatFiscalYear', () => {
  it('writes Japanese fiscal years in the era in force for most of the year', () => {
    expect(formatFiscalYear(2024, 'ja')).to.equal('令和6年度');
    expect(formatFiscalYear(2020, 'ja')).to.equal('令和2年度');
    expect(formatFiscalYear(2019, 'ja')).to.equal('令和元年度');
    expect(formatFiscalYear(2018, 'ja')).to.equal('平成30年度');
    expect(formatFiscalYear(1989, 'ja')).to.equal('平成元年度');
    expect(formatFiscalYear(1988, 'ja')).to.equal('昭和63年度');
    expect(formatFiscalYear(2024, 'ja-JP')).to.equal('令和6年度');
  });

  it('writes FY2024 in other languages, and plain years before the Japanese calendar', () => {
    expect(formatFiscalYear(2024, 'en')).to.equal('FY2024');
    expect(formatFiscalYear(2024, 'de')).to.equal('FY2024');
    expect(formatFiscalYear(1500, 'ja')).to.equal('1500年度');
  });
});

describe('formatNumber and formatValue', () => {
  it('groups digits in the language’s convention', () => {
    expect(formatNumber(1318000, 'ja')).to.equal('1,318,000');
    expect(formatNumber(1318000, 'de')).to.equal('1.318.000');
    expect(formatNumber(-1200, 'en')).to.equal('-1,200');
  });

  it('keeps the shared precision and never shows -0', () => {
    expect(formatNumber(13, 'ja', 1)).to.equal('13.0');
    expect(formatNumber(-0.04, 'ja', 1)).to.equal('0.0');
    expect(formatNumber(Number.NaN, 'ja')).to.equal('—');
  });

  it('attaches % and short Japanese counters; puts longer units after a space', () => {
    expect(formatValue(44, '%', 'ja', 1)).to.equal('44.0%');
    expect(formatValue(3450, '人', 'ja')).to.equal('3,450人');
    expect(formatValue(195, '事業者', 'ja')).to.equal('195事業者');
    expect(formatValue(16.2, '人口10万対', 'ja', 1)).to.equal('16.2 人口10万対');
    expect(formatValue(47500, 'hours', 'en')).to.equal('47,500 hours');
    expect(formatValue(8.6, '%', 'en', 1)).to.equal('8.6%');
    expect(formatValue(12, '', 'ja')).to.equal('12');
  });

  it('shortens numbers for small spaces', () => {
    expect(formatCompact(123456789012345, 'ja')).to.equal('123兆');
    expect(formatCompact(1318000, 'en')).to.equal('1.32M');
    expect(formatCompact(-1.51e27, 'en')).to.equal('-1.51E27');
    expect(formatCompact(4.2e31, 'ja')).to.equal('4.2E31');
  });

  it('writes whole percentages', () => {
    expect(formatPercent(220, 'ja')).to.equal('220%');
    expect(formatPercent(-36, 'en')).to.equal('-36%');
  });
});

describe('sharedDecimals', () => {
  it('shows every value of an indicator with the precision of its most precise value', () => {
    expect(fractionDigits(16.2)).to.equal(1);
    expect(fractionDigits(13)).to.equal(0);
    expect(fractionDigits(1e-7)).to.equal(7);
    expect(sharedDecimals([19.8, 13, 16.2])).to.equal(1);
    expect(sharedDecimals([1250000, 1400000, 1318000])).to.equal(0);
    expect(sharedDecimals([0.125, 1])).to.equal(3);
    expect(sharedDecimals([1e-7])).to.equal(3);
  });
});

describe('formatDate', () => {
  it('writes dates in the Japanese calendar in Japanese and in the language’s style otherwise', () => {
    expect(formatDate('2024-04-01', 'ja')).to.equal('令和6年4月1日');
    expect(formatDate('2019-05-01', 'ja')).to.equal('令和元年5月1日');
    expect(formatDate('2024-04-01', 'en')).to.equal('Apr 1, 2024');
    expect(formatDate('not a date', 'ja')).to.equal('not a date');
  });
});
