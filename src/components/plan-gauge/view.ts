/** One indicator's gauge as numbers and words: progress, texts and layout. Pure (no DOM, no Lit): the element, files and slides share it. */
import type { Indicator, PlanDocument } from '../../schema/types.js';
import { indicatorProgress, type IndicatorProgress } from '../../progress/index.js';
import { describeIndicator, type GaugeDescription } from './describe.js';
import { layoutGauge, layoutSparkline, type GaugeLayout, type GaugeVariant, type SparklineLayout } from './layout.js';

/** Everything needed to draw one indicator's gauge. */
export interface GaugeView {
  progress: IndicatorProgress;
  description: GaugeDescription;
  layout: GaugeLayout;
  sparkline: SparklineLayout | null;
  lang: string;
}

/** Computes a gauge: progress, texts and layout (no DOM). */
export function gaugeView(indicator: Indicator, plan: PlanDocument, lang: string, today: Date, variant: GaugeVariant): GaugeView {
  const planLang = plan.plan.lang ?? 'ja';
  const progress = indicatorProgress(indicator, plan, today, lang);
  const description = describeIndicator(progress, lang, planLang);
  const layout = layoutGauge(progress.scale, description.gauge, variant);
  const trend = [...(indicator.history ?? []), ...(progress.measured && indicator.current ? [indicator.current] : [])];
  const sparkline = layoutSparkline(
    trend.map((o) => (o.year === undefined ? { value: o.value } : { value: o.value, year: o.year })),
    variant === 'bar' ? 64 : 96,
    variant === 'bar' ? 20 : 28,
  );
  return { progress, description, layout, sparkline, lang };
}
