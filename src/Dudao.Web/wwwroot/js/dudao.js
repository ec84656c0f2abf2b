// Buttons that would otherwise need inline handlers, which the Content-Security-Policy refuses:
// data-action="print" prints the page, data-action="back" goes back.
document.addEventListener("click", event => {
  const button = event.target.closest("[data-action]");
  if (!button) return;
  if (button.dataset.action === "print") window.print();
  else if (button.dataset.action === "back") history.back();
});
