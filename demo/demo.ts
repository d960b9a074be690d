import { validatePlan, localize } from '../src/index.js';

const status = document.querySelector('#validation');
const response = await fetch('/examples/iwaki-chiiki-fukushi.plan.json');
const result = validatePlan(await response.json());
if (status) {
  status.textContent = result.valid
    ? '計画データの検証：問題はありません。'
    : `計画データの検証：${result.errors.length} 件の問題 — ${result.errors.map((p) => `${p.pointer} ${localize(p.message, 'ja')}`).join(' / ')}`;
}
