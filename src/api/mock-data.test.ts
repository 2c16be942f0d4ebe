import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MockFiles } from '@/api/schemas';

const dir = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../mock-data')}/`;
const read = (name: string): unknown => JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
const parse = <K extends keyof typeof MockFiles>(name: K) =>
  MockFiles[name].parse(read(name)) as z.infer<(typeof MockFiles)[K]>;

describe('mock-data', () => {
  it('holds exactly the files the API serves', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(MockFiles).sort());
  });

  it.each(Object.keys(MockFiles) as (keyof typeof MockFiles)[])('%s matches its schema', (name) => {
    const result = MockFiles[name].safeParse(read(name));
    expect(result.success ? [] : z.prettifyError(result.error)).toEqual([]);
  });

  const annual = parse('annual-trade.json');
  const periods = parse('period-trade.json');
  const settlement = parse('settlement.json');
  const sanctions = parse('sanctions.json');
  const sources = parse('sources.json');

  it('cites only sources that exist, and every source backs something', () => {
    const known = new Set(sources.map((s) => s.id));
    const cited = new Set<string>();
    const cite = (ids: string[]) => ids.forEach((id) => cited.add(id));
    for (const row of annual) {
      for (const f of [
        row.total,
        row.exports,
        row.imports,
        row.totalChangePct,
        row.exportsChangePct,
        row.importsChangePct,
      ]) {
        if (f) cite(f.sourceIds);
      }
    }
    for (const row of periods) {
      for (const f of [
        row.total,
        row.exports,
        row.imports,
        row.totalChangePct,
        row.exportsChangePct,
        row.importsChangePct,
      ]) {
        if (f) cite(f.sourceIds);
      }
    }
    settlement.forEach((o) => cite(o.sourceIds));
    sanctions.forEach((e) => cite(e.sourceIds));
    expect([...cited].filter((id) => !known.has(id))).toEqual([]);
    expect([...known].filter((id) => !cited.has(id))).toEqual([]);
  });

  it('has unique ids', () => {
    for (const list of [periods, settlement, sanctions, sources]) {
      const ids = list.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(new Set(annual.map((r) => r.year)).size).toBe(annual.length);
  });

  it('covers every year 2013–2025 with the GACC totals of the fact sheet', () => {
    expect(annual.map((r) => r.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    const total = (year: number) => annual.find((r) => r.year === year)?.total.value;
    expect(total(2022)).toBe(190.271);
    expect(total(2023)).toBe(240.11);
    expect(total(2024)).toBe(244.81);
    expect(total(2025)).toBe(228.1);
  });

  it('marks March 2024 with the almost 16% fall in China’s exports to Russia', () => {
    const march = periods.find((r) => r.kind === 'month' && r.start === '2024-03');
    expect(march?.exportsChangePct?.value).toBe(-16);
    expect(march?.exportsChangePct?.qualifier).toBe('approx');
  });

  it('holds the >90% statement by Putin on 16 May 2024', () => {
    const putin = settlement.find((o) => o.series === 'bilateral-national' && o.start === '2024-05-16');
    expect(putin).toMatchObject({ value: 90, qualifier: 'over', status: 'statement' });
    expect(putin?.speaker).toMatch(/Putin/);
  });

  it('has at least 30 dated sanctions and pressure events, sorted by date', () => {
    expect(sanctions.length).toBeGreaterThanOrEqual(30);
    const dates = sanctions.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps published breakdowns whole: USD+EUR+CNY+RUB is 100% where all four are given', () => {
    const byLabel = new Map<string, typeof settlement>();
    for (const o of settlement.filter((o) => /^bilateral-(usd|eur|cny|rub)$/.test(o.series))) {
      byLabel.set(o.label, [...(byLabel.get(o.label) ?? []), o]);
    }
    for (const [label, rows] of byLabel) {
      if (rows.length !== 4 || rows.some((r) => r.qualifier === 'over' || r.qualifier === 'range')) continue;
      const sum = rows.reduce((acc, r) => acc + r.value, 0);
      expect(Math.abs(sum - 100), label).toBeLessThan(0.05);
    }
  });
});
