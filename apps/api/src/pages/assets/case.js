// Progressive enhancement for a case's timeline: the page works without it.
// Adds a button that opens or closes every decision text, and opens them all for printing.
(() => {
  const details = () => [...document.querySelectorAll('.timeline details')];
  const section = document.querySelector('.timeline-section h2');
  if (!section || details().length === 0) return;

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'toggle-all';
  const label = () => (details().every((d) => d.open) ? 'Skjul alle beslutningstekster' : 'Vis alle beslutningstekster');
  button.textContent = label();
  button.setAttribute('aria-controls', 'forloeb');
  button.addEventListener('click', () => {
    const open = !details().every((d) => d.open);
    for (const d of details()) d.open = open;
    button.textContent = label();
  });
  for (const d of details()) d.addEventListener('toggle', () => (button.textContent = label()));
  section.insertAdjacentElement('afterend', button);

  // Printed timelines show every decision text.
  let closedBeforePrint = [];
  window.addEventListener('beforeprint', () => {
    closedBeforePrint = details().filter((d) => !d.open);
    for (const d of closedBeforePrint) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const d of closedBeforePrint) d.open = false;
  });
})();
