// Zoetrope studio: plain JavaScript against the same /v1 API the SDKs use.
'use strict';

const state = { key: localStorage.getItem('zoetrope.key') || '', videos: [], objectUrls: new Map() };
const $ = (id) => document.getElementById(id);

function authHeaders() {
  return state.key ? { Authorization: 'Bearer ' + state.key } : {};
}

// Every API error has the shape {"error": {"message", "type", "param", "code"}}: show its message plainly.
async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { ...authHeaders(), ...(options.headers || {}) } });
  if (response.status === 401) { askForKey(); throw new Error('An API key is needed: paste one above (zoetrope keys create).'); }
  if (!response.ok) {
    let message = response.status + ' ' + response.statusText;
    try { const body = await response.json(); if (body.error) message = body.error.message + (body.error.param ? ' (' + body.error.param + ')' : ''); } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return response;
}

function showError(error) {
  $('error').textContent = error ? error.message || String(error) : '';
  $('error').hidden = !error;
}

function askForKey() {
  $('key-form').hidden = false;
  $('api-key').focus();
}

async function loadConfig() {
  const config = await (await fetch('/studio/config')).json();
  for (const size of config.sizes) {
    const option = document.createElement('option');
    option.value = option.textContent = size;
    option.selected = size === config.default_size;
    $('size').appendChild(option);
  }
  $('seconds').max = config.max_seconds;
  $('seconds').value = config.default_seconds;
  if (config.auth_required && !state.key) askForKey();
  return config;
}

async function createVideo(event) {
  event.preventDefault();
  showError(null);
  const form = new FormData();
  form.append('prompt', $('prompt').value);
  form.append('size', $('size').value);
  form.append('seconds', $('seconds').value);
  if ($('image').files[0]) form.append('input_reference', $('image').files[0]);
  await submit('/v1/videos', { method: 'POST', body: form }, 'Generating');
}

// Remix, extend and connect use the prompt box as their prompt.
async function cardAction(action, video, card) {
  showError(null);
  const prompt = $('prompt').value.trim();
  const json = (body) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (action === 'remix') {
    await submit('/v1/videos/' + video.id + '/remix', json({ prompt: prompt || video.prompt }), 'Remixing');
  } else if (action === 'extend') {
    await submit('/v1/videos/extensions', json({ video: { id: video.id }, prompt: prompt || video.prompt, seconds: $('seconds').value }), 'Extending');
  } else if (action === 'connect') {
    const target = card.querySelector('[data-role=connect-target]').value;
    if (!target) { showError(new Error('Choose the video to connect to in the list beside "Connect".')); return; }
    await submit('/v1/videos/extensions', json({ video: { id: video.id }, connect_to: { id: target }, prompt: prompt || video.prompt, seconds: $('seconds').value }), 'Connecting');
  } else if (action === 'delete') {
    try { await api('/v1/videos/' + video.id, { method: 'DELETE' }); } catch (e) { showError(e); }
    await refresh();
  }
}

async function submit(path, options, label) {
  $('submit').disabled = true;
  try {
    const video = await (await api(path, options)).json();
    await refresh();
    await follow(video, label);
  } catch (e) {
    showError(e);
  } finally {
    $('submit').disabled = false;
    await refresh();
  }
}

function showProgress(label, video) {
  $('active').hidden = false;
  $('active-label').textContent = label + ': ' + video.status.replace('_', ' ');
  $('active-percent').textContent = video.progress + '%';
  $('progress').value = video.progress;
}

// Live progress from the server's event stream (fetch, so the key travels in a header).
async function follow(video, label) {
  showProgress(label, video);
  let last = video;
  try {
    const response = await api('/v1/videos/' + video.id + '/events', { headers: { Accept: 'text/event-stream' } });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
        if (!data) continue;
        const update = JSON.parse(data);
        if (update.error && !update.id) throw new Error(update.error.message);
        last = update;
        showProgress(label, last);
        updateCard(last);
      }
    }
  } catch (e) {
    showError(e);
  }
  if (last.status === 'failed') showError(new Error('The video failed: ' + (last.error ? last.error.message : 'unknown error')));
  return last;
}

async function refresh() {
  try {
    const page = await (await api('/v1/videos?limit=100')).json();
    state.videos = page.data;
    render();
  } catch (e) {
    showError(e);
  }
}

function render() {
  const gallery = $('gallery');
  const known = new Set(state.videos.map((v) => v.id));
  for (const card of [...gallery.children]) if (!known.has(card.dataset.id)) card.remove();
  $('empty').hidden = state.videos.length > 0;
  state.videos.forEach((video, index) => {
    let card = gallery.querySelector('[data-id="' + video.id + '"]');
    if (!card) {
      card = document.getElementById('card-template').content.firstElementChild.cloneNode(true);
      card.dataset.id = video.id;
      card.querySelectorAll('button[data-action]').forEach((button) =>
        button.addEventListener('click', () => cardAction(button.dataset.action, state.videos.find((v) => v.id === video.id) || video, card)));
    }
    if (gallery.children[index] !== card) gallery.insertBefore(card, gallery.children[index] || null);
    updateCard(video, card);
  });
}

function updateCard(video, card = document.querySelector('[data-id="' + video.id + '"]')) {
  if (!card) return;
  card.querySelector('.prompt').textContent = video.prompt;
  card.querySelector('.meta').textContent = video.size + ' · ' + video.seconds + ' s · ' + video.model
    + (video.remixed_from_video_id ? ' · remix' : '');
  const stateLabel = card.querySelector('.state');
  const player = card.querySelector('video');
  if (video.status === 'completed') {
    stateLabel.textContent = '';
    if (!player.dataset.loaded) { player.dataset.loaded = '1'; loadVideo(video.id, player); }
  } else {
    stateLabel.textContent = video.status === 'failed' ? 'failed: ' + (video.error ? video.error.message : '') : video.status.replace('_', ' ') + ' ' + video.progress + '%';
  }
  const select = card.querySelector('[data-role=connect-target]');
  const others = state.videos.filter((v) => v.id !== video.id && v.status === 'completed' && v.size === video.size);
  const chosen = select.value;
  select.replaceChildren(...[{ id: '', prompt: 'connect to…' }, ...others].map((v) => {
    const option = document.createElement('option');
    option.value = v.id;
    option.textContent = v.prompt.slice(0, 30);
    return option;
  }));
  select.value = others.some((v) => v.id === chosen) ? chosen : '';
  const finished = video.status === 'completed';
  card.querySelectorAll('[data-action=remix],[data-action=extend],[data-action=connect]').forEach((b) => { b.disabled = !finished; });
}

// <video src> cannot send the key, so the MP4 is fetched with it and played from a blob URL.
async function loadVideo(id, player) {
  try {
    const blob = await (await api('/v1/videos/' + id + '/content')).blob();
    const url = URL.createObjectURL(blob);
    state.objectUrls.set(id, url);
    player.src = url;
    player.play().catch(() => { /* autoplay may be refused; controls remain */ });
  } catch (e) {
    showError(e);
  }
}

$('create-form').addEventListener('submit', createVideo);
$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.key = $('api-key').value.trim();
  localStorage.setItem('zoetrope.key', state.key);
  $('key-form').hidden = true;
  showError(null);
  refresh();
});

// Without a key there is nothing to list yet: the gallery loads once the key is given.
loadConfig().then((config) => { if (!config.auth_required || state.key) refresh(); }).catch(showError);
