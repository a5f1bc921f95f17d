// Loads TimelineJS3 export files into the real TimelineJS3 (in jsdom) and
// reports whether it accepts them: no configuration errors, every event
// and era parsed, each event's date format following its precision.
//
// Not part of `cargo test` (it needs Node and two npm packages); .ci/run
// runs it on the bundled corpus. By hand:
//   npm install --prefix /tmp/tljs @knight-lab/timelinejs@3.9.11 jsdom
//   NODE_PATH=/tmp/tljs/node_modules node tests/timelinejs/accepts.js oct.json
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

async function check(file) {
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
  for (const file of process.argv.slice(2)) ok = (await check(file)) && ok;
  process.exit(ok ? 0 : 1);
})();
