// Buttons that would otherwise need inline handlers, which the Content-Security-Policy refuses:
// data-action="print" prints the page, data-action="back" goes back.
document.addEventListener("click", event => {
  const button = event.target.closest("[data-action]");
  if (!button) return;
  if (button.dataset.action === "print") window.print();
  else if (button.dataset.action === "back") history.back();
});

// data-fetch="URL" on a submit button: fetch URL with the values of the data-include fields and put the
// HTML answer into data-into, instead of posting the form (which would drop the files a user chose).
document.addEventListener("click", async event => {
  const button = event.target.closest("button[data-fetch]");
  if (!button) return;
  event.preventDefault();
  const query = new URLSearchParams();
  for (const field of document.querySelectorAll(button.dataset.include || "")) query.append(field.name, field.value);
  const target = document.querySelector(button.dataset.into);
  try {
    const response = await fetch(`${button.dataset.fetch}?${query}`, { headers: { Accept: "text/html" } });
    target.innerHTML = response.ok ? await response.text() : "<p class=\"text-danger\">查找失败，请稍后再试。</p>";
  } catch {
    target.innerHTML = "<p class=\"text-danger\">查找失败，请检查网络后再试。</p>";
  }
});

// form[data-confirm="question"]: an irreversible step. Without script its ConfirmField box must be ticked;
// with script the box is hidden and the question is asked in a dialog before the form is posted.
for (const form of document.querySelectorAll("form[data-confirm]")) {
  const box = form.querySelector("input[name=confirmed]");
  if (!box) continue;
  box.required = false;
  box.closest("[data-confirm-box]").hidden = true;
  // The entry list is built after the submit event, so a box ticked here is posted with the form.
  form.addEventListener("submit", event => {
    if (box.checked) return;
    if (window.confirm(form.dataset.confirm)) box.checked = true;
    else event.preventDefault();
  });
}

// select[data-level-select] on the escalation form: show only the fieldsets of the chosen level
// (each lists the levels it serves in data-level); without script the page renders the chosen level's alone.
for (const select of document.querySelectorAll("select[data-level-select]")) {
  select.addEventListener("change", () => {
    for (const set of select.form.querySelectorAll("fieldset[data-level]")) set.hidden = !set.dataset.level.split(" ").includes(select.value);
  });
}
