// Copy buttons: <button data-copy="#id" hidden> copies the text of #id. They stay hidden without script
// or without a clipboard, where the text itself remains selectable.
for (const button of document.querySelectorAll("button[data-copy]")) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    const source = document.querySelector(button.dataset.copy);
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.textContent.trim());
      button.textContent = button.dataset.copied || "已复制";
    } catch {
      button.textContent = "复制失败，请手动选择";
    }
  });
}
