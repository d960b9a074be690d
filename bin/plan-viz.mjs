#!/usr/bin/env node
// plan-viz validate FILE… | plan-viz render FILE --view tree|collaboration|indicators --out FILE.svg
import '../dist/cli.mjs';
