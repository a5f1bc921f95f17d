// Loads TimelineJS3 export files into the real TimelineJS3 (in jsdom) and
// reports whether it accepts them: no configuration errors, every event
// and era parsed, each event's date format following its precision, and
// no element in the rendered page made from corpus text (no img, script,
// b, iframe, javascript: link or event-handler attribute, in any file).
//
// `--corpus DIR` before a file names the corpus it was exported from
// (its annotations.json); then every headline, text, group label, era
// label and navigation title must also show that corpus's text literally:
// for tests/fixtures/hostile-html, `<img onerror=…>`, `<script>`, `<b>`,
// quotes and `&amp;` shown as written, not run or rendered.
//
// Not part of `cargo test` (it needs Node and two npm packages); .ci/run
// runs it on the bundled corpus and the hostile one. By hand:
//   npm install --prefix /tmp/tljs @knight-lab/timelinejs@3.9.11 jsdom
//   NODE_PATH=/tmp/tljs/node_modules node tests/timelinejs/accepts.js oct.json \
//     --corpus tests/fixtures/hostile-html hostile.json
// Exit code 0 when every file is accepted, 1 otherwise.
const fs = require('fs');
const path = require('path');
const { JSDOM, VirtualConsole } = require('jsdom');

const bundle = require.resolve('@knight-lab/timelinejs/dist/js/timeline.js');
// TimelineJS reports some errors (e.g. a bad date) by rejecting a promise.
const asyncErrors = [];
process.on('unhandledRejection', (e) => {
  asyncErrors.push(e && e.message_key ? `${e.message_key} ${e.detail || ''}`.trim() : String(e));
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 300));

// Elements that only corpus markup could have made: TimelineJS itself
// makes none of these for a timeline without media.
const FROM_CORPUS = 'img, script, b, i, iframe, object, embed, svg, style, [onerror], [onload], [onclick], a[href^="javascript:"]';

// The corpus text each part of the page must show, as text.
function expectations(corpusDir) {
  const a = JSON.parse(fs.readFileSync(path.join(corpusDir, 'annotations.json'), 'utf8'));
  const eras = new Map(a.eras.map((e) => [e.id, e]));
  const articles = new Map(a.articles.map((x) => [x.id, x]));
  return {
    events: a.events.map((e) => ({
      id: e.id,
      headline: `${e.title.en} · ${e.title.ar}`,
      group: eras.get(e.era).title.en,
      text: [e.summary, e.date.basis.note, ...e.sources.flatMap((s) => {
        const o = articles.get(s.article).outlet;
        return [s.quote, o.en, o.ar].filter(Boolean);
      })],
    })),
    eras: a.eras.map((e) => `${e.title.en} · ${e.title.ar}`),
  };
}

// What the rendered page shows of corpus text, against what it must show.
function literalErrors(doc, want) {
  const errors = [];
  const text = (el) => (el ? el.textContent : null);
  const groups = [...doc.querySelectorAll('.tl-timegroup-message')].map(text);
  const eras = [...doc.querySelectorAll('.tl-timeera-text')].map(text);
  const navTitles = [...doc.querySelectorAll('.tl-slidenav-title')].map(text);
  for (const e of want.events) {
    const slide = doc.getElementById(e.id);
    const marker = doc.getElementById(`${e.id}-marker`);
    if (text(slide && slide.querySelector('.tl-headline')) !== e.headline) errors.push(`${e.id}: slide headline not shown literally`);
    if (text(marker && marker.querySelector('.tl-timemarker-text')) !== e.headline) errors.push(`${e.id}: marker headline not shown literally`);
    if (!navTitles.includes(e.headline)) errors.push(`${e.id}: navigation title not shown literally`);
    const body = text(slide && slide.querySelector('.tl-text-content')) || '';
    for (const t of e.text) if (!body.includes(t)) errors.push(`${e.id}: text ${JSON.stringify(t.slice(0, 40))} not shown literally`);
    if (!groups.includes(e.group)) errors.push(`${e.id}: group label not shown literally (got ${JSON.stringify(groups)})`);
  }
  for (const e of want.eras) if (!eras.includes(e)) errors.push(`era ${JSON.stringify(e.slice(0, 40))} not shown literally`);
  return errors;
}

async function check(file, corpusDir) {
  const errors = [];
  const vc = new VirtualConsole();
  vc.on('error', (...a) => errors.push(a.join(' ')));
  vc.on('jsdomError', (e) => errors.push(e.message));
  const dom = new JSDOM('<!DOCTYPE html><div id="tl" style="width:900px;height:600px"></div>', {
    runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole: vc,
  });
  dom.window.eval(fs.readFileSync(bundle, 'utf8'));
  const data = dom.window.JSON.parse(fs.readFileSync(file, 'utf8'));
  const expected = data.events.length;
  let timeline;
  try {
    timeline = new dom.window.TL.Timeline('tl', data, {});
  } catch (e) {
    errors.push(String(e && (e.message_key || e.message)));
  }
  await tick(); // the configuration is built asynchronously
  errors.push(...asyncErrors.splice(0));
  const config = timeline && timeline.config;
  if (!config) {
    errors.push('no configuration was built');
  } else {
    errors.push(...config.getErrors());
    if (config.events.length !== expected) errors.push(`${config.events.length} of ${expected} events loaded`);
    for (const e of config.events) {
      const d = e.start_date.data;
      const want = d.day ? 'full' : d.month ? 'month' : 'year';
      if (d.format !== want) errors.push(`${e.unique_id}: date format ${d.format}, expected ${want}`);
    }
  }
  const doc = dom.window.document;
  // The timeline's own element: TimelineJS adds a style of its own to the head.
  for (const el of doc.getElementById('tl').querySelectorAll(FROM_CORPUS)) errors.push(`element from corpus text: ${el.outerHTML.slice(0, 80)}`);
  if (typeof dom.window.pwned !== 'undefined') errors.push(`corpus code ran (pwned = ${dom.window.pwned})`);
  if (corpusDir && config) errors.push(...literalErrors(doc, expectations(corpusDir)));
  const name = path.basename(file);
  if (errors.length) {
    console.log(`${name}: REJECTED\n  ${errors.join('\n  ')}`);
    return false;
  }
  console.log(`${name}: accepted (${config.events.length} events, ${config.eras.length} eras)`);
  return true;
}

(async () => {
  let ok = true;
  let corpusDir = null;
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--corpus') { corpusDir = args[++i]; continue; }
    ok = (await check(args[i], corpusDir)) && ok;
    corpusDir = null;
  }
  process.exit(ok ? 0 : 1);
})();
