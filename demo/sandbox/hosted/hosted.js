// The hosted fields' script, on the sandbox's origin. It alone reads the digits; the page that embeds it hears
// only { complete } while the shopper types, and on submit a token, a CVC session id or a message.
import { brandOf, cvcLength as lengthFor, luhn } from './card-rules.js';

const SOURCE = 'sandbox-hosted';
const { kind, parent, brand } = document.body.dataset;
const form = document.querySelector('form');
const field = (name) => document.getElementById(name);

const post = (message) => window.parent.postMessage({ source: SOURCE, ...message }, parent);

const digitsOf = (value) => value.replace(/\D/g, '');
function numberProblem() {
  const digits = digitsOf(field('number').value);
  if (!digits) return 'Enter your card number.';
  const ok = brandOf(digits) && digits.length >= (brandOf(digits) === 'amex' ? 15 : 16) && luhn(digits);
  return ok ? '' : 'Your card number is not valid.';
}
function expiryProblem() {
  const match = /^(\d{2}) \/ (\d{2})$/.exec(field('expiry').value);
  if (!field('expiry').value) return 'Enter the expiry date.';
  if (!match || Number(match[1]) < 1 || Number(match[1]) > 12) return 'Your expiry date is not valid.';
  const today = new Date();
  const year = 2000 + Number(match[2]);
  const month = Number(match[1]);
  if (year < today.getFullYear() || (year === today.getFullYear() && month < today.getMonth() + 1))
    return 'Your card has expired.';
  return '';
}
const cvcLength = () => lengthFor(kind === 'cvc' ? brand : brandOf(digitsOf(field('number').value)));
function cvcProblem() {
  const value = field('cvc').value;
  if (!value) return 'Enter the security code.';
  return new RegExp(`^\\d{${cvcLength()}}$`).test(value) ? '' : `The security code has ${cvcLength()} digits.`;
}
const CHECKS = kind === 'cvc' ? { cvc: cvcProblem } : { number: numberProblem, expiry: expiryProblem, cvc: cvcProblem };

function showProblem(name, problem) {
  field(name).setAttribute('aria-invalid', String(Boolean(problem)));
  field(`${name}-error`).textContent = problem;
}

// As the shopper types: spaces in the number, "MM / YY", digits only in the CVC.
function format(input) {
  if (input.id === 'number') {
    const digits = digitsOf(input.value).slice(0, 19);
    const groups = brandOf(digits) === 'amex' ? [4, 6, 5] : [4, 4, 4, 4, 3];
    const parts = [];
    let start = 0;
    for (const size of groups) {
      if (start >= digits.length) break;
      parts.push(digits.slice(start, start + size));
      start += size;
    }
    input.value = parts.join(' ');
  } else if (input.id === 'expiry') {
    const digits = digitsOf(input.value).slice(0, 4);
    input.value = digits.length > 2 ? `${digits.slice(0, 2)} / ${digits.slice(2)}` : digits;
  } else {
    input.value = digitsOf(input.value).slice(0, 4);
  }
}

let complete = false;
function report() {
  const now = Object.values(CHECKS).every((check) => check() === '');
  if (now !== complete) {
    complete = now;
    post({ type: 'change', complete });
  }
}

for (const name of Object.keys(CHECKS)) {
  const input = field(name);
  input.addEventListener('input', () => {
    format(input);
    if (input.getAttribute('aria-invalid') === 'true') showProblem(name, CHECKS[name]());
    const declined = field('declined');
    if (declined) declined.textContent = '';
    report();
  });
  input.addEventListener('blur', () => {
    if (input.value) showProblem(name, CHECKS[name]());
  });
}
form.addEventListener('submit', (event) => event.preventDefault());

async function send(path, body) {
  const response = await fetch(`/hosted/v1/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer?.error?.message ?? 'The card could not be checked. Try again.');
  return answer;
}

async function submit(id, card) {
  const problems = Object.entries(CHECKS).map(([name, check]) => [name, check()]);
  for (const [name, problem] of problems) showProblem(name, problem);
  const first = problems.find(([, problem]) => problem);
  if (first) {
    field(first[0]).focus();
    post({ type: 'error', id, message: first[1] });
    return;
  }
  try {
    if (kind === 'cvc') {
      const { session } = await send('cvc-sessions', { card, cvc: field('cvc').value });
      post({ type: 'cvc-session', id, session });
    } else {
      const { token } = await send('tokens', {
        number: field('number').value,
        expiry: field('expiry').value,
        cvc: field('cvc').value,
      });
      form.reset();
      report();
      post({ type: 'token', id, token });
    }
  } catch (error) {
    const declined = field('declined');
    if (declined) declined.textContent = error.message;
    post({ type: 'error', id, message: error.message });
  }
}

window.addEventListener('message', (event) => {
  // Only the page this frame was made for, and only its top window.
  if (event.origin !== parent || event.source !== window.parent) return;
  const message = event.data;
  if (message?.source !== SOURCE || message.type !== 'submit' || typeof message.id !== 'string') return;
  if (kind === 'cvc' && typeof message.card !== 'string') return;
  void submit(message.id, message.card);
});

post({ type: 'ready' });
