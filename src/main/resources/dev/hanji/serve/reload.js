// Live reload for the preview server (never part of the published site). Listens to the server's event
// stream: `reload` reloads the page, `error` shows the build errors over the page and on the console.
const build = new URL(import.meta.url).searchParams.get('build');
const events = new EventSource('/__hanji/events');
let overlay = null;

events.addEventListener('hello', (event) => {
  // A rebuild finished between this page's request and the stream opening: catch up.
  if (build !== null && event.data !== build) {
    location.reload();
  }
});

events.addEventListener('reload', () => location.reload());

events.addEventListener('error', (event) => {
  // EventSource fires a plain `error` event (without data) when the connection drops; it reconnects itself.
  if (typeof event.data !== 'string') {
    return;
  }
  console.error('[hanji] the build failed; still showing the last good build\n' + event.data);
  showOverlay(event.data);
});

function showOverlay(text) {
  overlay?.remove();
  overlay = document.createElement('div');
  overlay.className = 'hanji-overlay';
  overlay.setAttribute('role', 'alert');
  const box = document.createElement('div');
  box.className = 'hanji-overlay-box';
  const title = document.createElement('p');
  title.className = 'hanji-overlay-title';
  title.textContent = 'Build failed — showing the last good build. Fix the source and this page reloads.';
  const details = document.createElement('pre');
  details.className = 'hanji-overlay-text';
  details.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'hanji-overlay-close';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => overlay.remove());
  box.append(title, details, close);
  overlay.append(box);
  document.body.append(overlay);
}
