/**
 * The control for test/reliability/csp.test.ts: the same policy as the elements' page, and things
 * it must refuse (the page's inline script, a string into `innerHTML`, a style attribute, a
 * remote image). A test that sees these reported can trust the silence of the real page.
 */
import { collectErrors, sendReport } from './report.js';

declare global {
  interface Window {
    __inlineScriptRan?: boolean;
  }
}

const errors = collectErrors();
const rendered: Record<string, string> = {};
const root = document.getElementById('root')!;

const holder = document.createElement('div');
try {
  // eslint-disable-next-line no-restricted-properties -- the violation this control proves is caught
  holder.innerHTML = '<b>bold</b>';
  rendered['html sink'] = holder.querySelector('b') ? 'assigned' : 'empty';
} catch (error) {
  rendered['html sink'] = `refused: ${(error as Error).name}`;
}

const styled = document.createElement('p');
styled.setAttribute('style', 'color: red');
root.append(styled);
rendered['style attribute'] =
  getComputedStyle(styled).color === 'rgb(255, 0, 0)' ? 'applied' : 'refused';

const image = document.createElement('img');
image.src = 'https://remote.example/picture.png';
root.append(image);

rendered['inline script'] = window.__inlineScriptRan ? 'ran' : 'refused';
// Violations are reported as tasks of their own: give them a moment.
await new Promise((resolve) => setTimeout(resolve, 300));
sendReport({ page: 'control', errors, rendered });
