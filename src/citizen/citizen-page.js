/**
 * The minimal citizen page (served at /citizen/): own summary, accesses with in-browser proof checks, and the
 * "I don't recognise this access" action. The console's citizen pages replace it; it keeps the demo usable.
 * DOM text only (no innerHTML with data).
 */
import { verifyAccessPage } from '/citizen/verify-proof.js';

const $ = (id) => document.getElementById(id);
const cell = (text, cls) => {
  const td = document.createElement('td');
  td.textContent = text;
  if (cls) td.className = cls;
  return td;
};

async function getJson(url, init) {
  const res = await fetch(url, { credentials: 'same-origin', ...init });
  if (res.status === 401) {
    $('status').hidden = true;
    $('signin').hidden = false;
    throw new Error('signed out');
  }
  return res.json();
}

async function loadSummary() {
  const me = await getJson('/api/citizen/me');
  const dl = $('summary');
  for (const [k, v] of [
    ['Họ tên / Name', me.fullName],
    ['Ngày sinh / Born', me.dateOfBirth],
    ['Số định danh / ID number', me.personalIdMasked],
    ['Địa chỉ / Address', [me.address.street, me.address.commune, me.address.province].filter(Boolean).join(', ')],
  ]) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
}

async function dispute(seq, button) {
  const note = window.prompt('Ghi chú (không bắt buộc) / Note (optional)') ?? '';
  const res = await getJson(`/api/citizen/me/accesses/${seq}/dispute`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(note ? { note } : {}),
  });
  button.replaceWith(document.createTextNode(`Đã báo / Reported: ${res.reference}`));
}

async function loadAccesses(before) {
  const page = await getJson(`/api/citizen/me/accesses?limit=20${before ? `&before=${before}` : ''}`);
  const check = await verifyAccessPage(page);
  $('checkpoint').textContent = page.checkpoint
    ? `Điểm kiểm tra / checkpoint: ${page.checkpoint.treeSize} @ ${page.checkpoint.time} — chữ ký / signature ${check.checkpoint ? '✔' : '✘'}`
    : 'Chưa có điểm kiểm tra / no checkpoint yet';
  const body = $('accesses');
  for (const a of page.items) {
    const tr = document.createElement('tr');
    const who = a.organisation ? `${a.organisation.name ?? a.organisation.agreementId}` : a.unit ? `${a.unit.name ?? a.unit.id}` : '—';
    tr.append(cell(new Date(a.time).toLocaleString('vi-VN')));
    const unit = cell(who);
    if (a.breakGlass) {
      const bg = document.createElement('span');
      bg.className = 'bg';
      bg.textContent = ' khẩn cấp / break-glass';
      unit.append(bg);
    }
    tr.append(unit);
    tr.append(cell(a.purpose ? `${a.purpose.vi} / ${a.purpose.en}` : '—'));
    tr.append(cell(a.categories.map((c) => c.vi).join(', ')));
    const v = check.entries[a.seq];
    tr.append(cell(v === true ? '✔' : v === false ? '✘' : '…', v === true ? 'ok' : v === false ? 'bad' : 'muted'));
    const action = document.createElement('td');
    if (a.disputed) action.textContent = 'Đã báo / Reported';
    else {
      const b = document.createElement('button');
      b.textContent = 'Tôi không nhận ra / I don\u2019t recognise this';
      b.addEventListener('click', () => void dispute(a.seq, b));
      action.append(b);
    }
    tr.append(action);
    body.append(tr);
  }
  const more = $('more');
  more.hidden = page.nextBefore === null;
  more.onclick = () => void loadAccesses(page.nextBefore);
}

$('logout').addEventListener('submit', async (e) => {
  e.preventDefault();
  await fetch('/api/citizen/auth/logout', { method: 'POST', credentials: 'same-origin' });
  window.location.reload();
});

try {
  await loadSummary();
  await loadAccesses();
  $('status').hidden = true;
  $('me').hidden = false;
} catch (err) {
  if (err instanceof Error && err.message !== 'signed out') $('status').textContent = 'Lỗi / Error';
}
