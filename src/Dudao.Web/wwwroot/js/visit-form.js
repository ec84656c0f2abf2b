// The visit form with script (VisitNewPage): the answered count, a finding the moment an item is marked
// 不符合, 其余全部符合 / 添加问题 / 删除 without a round trip, and the draft saved on every change.
// Without script the same buttons post the form and the server does each step.
(() => {
  const form = document.getElementById("visit-form");
  if (!form) return;
  const list = document.getElementById("findings-list");
  const template = document.getElementById("finding-template");
  const status = document.getElementById("draft-status");
  const items = () => [...form.querySelectorAll(".checklist-item")];
  const findings = () => [...list.querySelectorAll(".finding")];

  const answered = item => item.dataset.kind === "yesno"
    ? item.querySelector("input[type=radio]:checked") !== null
    : item.querySelector("input[type=checkbox]:checked") !== null
      || [...item.querySelectorAll("input[inputmode=decimal]")].some(box => box.value.trim() !== "");

  function count() {
    document.getElementById("answered-count").textContent = items().filter(answered).length;
    for (const group of form.querySelectorAll(".checklist-group")) {
      const inGroup = [...group.querySelectorAll(".checklist-item")];
      group.querySelector(".group-count").textContent = `${inGroup.filter(answered).length} / ${inGroup.length}`;
    }
  }

  // Field names carry the position (Input.Findings[2].Text), which the server binds in order without gaps.
  function renumber() {
    findings().forEach((block, i) => {
      block.dataset.index = i;
      block.querySelector(".finding-label").textContent = `问题 ${i + 1}`;
      block.querySelector(".finding-label").htmlFor = `finding-${i}`;
      block.querySelector("textarea").id = `finding-${i}`;
      for (const field of block.querySelectorAll("[name^='Input.Findings[']")) field.name = field.name.replace(/\[\d+\]/, `[${i}]`);
      block.querySelector("select").setAttribute("aria-label", `问题 ${i + 1} 严重程度`);
      block.querySelector("input").setAttribute("aria-label", `问题 ${i + 1} 指标编码`);
      const remove = block.querySelector("[data-visit=remove-finding]");
      remove.value = `remove-finding:${i}`;
      remove.setAttribute("aria-label", `删除问题 ${i + 1}`);
    });
  }

  function addFinding(text = "", code = "") {
    const block = template.content.querySelector(".finding").cloneNode(true);
    block.querySelector("textarea").value = text;
    block.querySelector("input").value = code;
    if (code) block.dataset.auto = text;
    list.append(block);
    renumber();
    return block;
  }

  const findingFor = code => findings().find(block => block.querySelector("input").value.trim().toUpperCase() === code);

  // 不符合 adds the item's finding; changing the answer back removes it again if it was not edited.
  function answerChanged(item, value) {
    const code = item.dataset.code;
    const existing = findingFor(code);
    if (value === "no" && !existing) addFinding(`不符合：${item.dataset.title}`, code);
    else if (value !== "no" && existing && existing.dataset.auto === existing.querySelector("textarea").value) {
      existing.remove();
      renumber();
    }
  }

  let saving = null;
  let again = false;

  function show(message, login) {
    status.replaceChildren(message);
    if (login) {
      const link = document.createElement("a");
      link.href = `/login?ReturnUrl=${encodeURIComponent(location.pathname + location.search)}`;
      link.textContent = "重新登录后继续";
      link.className = "ms-1";
      status.append(link);
    }
  }

  async function save() {
    if (saving) { again = true; return saving; }
    // The draft endpoint binds the form's fields by their own names, without the page's "Input." prefix.
    const body = new FormData();
    for (const [name, value] of new FormData(form)) {
      if (name !== "files") body.append(name.replace(/^Input\./, ""), value);
    }
    saving = (async () => {
      try {
        // A sign-in that timed out answers with a redirect to the login page, which is not followed.
        const response = await fetch(form.dataset.draftUrl, { method: "POST", body, redirect: "manual", headers: { Accept: "application/json" } });
        if (response.type === "opaqueredirect" || response.status === 401) {
          show("登录已超时，最近的修改未保存。", true);
        } else if (response.ok) {
          const draft = await response.json();
          form.querySelector("input[name='Input.DraftId']").value = draft.draftId;
          const utc = /Z|[+-]\d\d:\d\d$/.test(draft.updatedAt) ? draft.updatedAt : `${draft.updatedAt}Z`;
          show(`草稿已保存 ${new Date(utc).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false })}`);
        } else {
          const problem = await response.json().catch(() => null);
          show(problem?.detail || "草稿保存失败，请稍后再试。");
        }
      } catch {
        show("网络不通，草稿未保存；恢复后再修改任一项会自动保存。");
      } finally {
        saving = null;
        if (again) { again = false; save(); }
      }
    })();
    return saving;
  }

  let typing;
  form.addEventListener("input", event => {
    if (event.target.type === "file") return;
    count();
    clearTimeout(typing);
    typing = setTimeout(save, 800);
  });
  form.addEventListener("change", event => {
    if (event.target.type === "file") return;
    const item = event.target.closest(".checklist-item");
    if (item && event.target.type === "radio") answerChanged(item, event.target.value);
    count();
    clearTimeout(typing);
    save();
  });

  form.addEventListener("click", event => {
    const button = event.target.closest("button[data-visit]");
    if (!button || button.dataset.visit === "submit") return;
    event.preventDefault();
    switch (button.dataset.visit) {
      case "all-yes":
        for (const item of items().filter(i => i.dataset.kind === "yesno" && !answered(i))) item.querySelector("input[value=yes]").checked = true;
        break;
      case "add-finding":
        addFinding().querySelector("textarea").focus();
        break;
      case "remove-finding":
        button.closest(".finding").remove();
        renumber();
        break;
    }
    count();
    save();
  });

  // One tap on 提交 records one visit: the button waits for the answer (the server also records a draft once).
  form.addEventListener("submit", event => {
    if (event.submitter?.dataset.visit !== "submit") return;
    setTimeout(() => { event.submitter.disabled = true; });
  });
})();
