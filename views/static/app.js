// Hotline explorer: progressive enhancement only; every page works without this file.
// Ctrl/Cmd+Enter in the SQL editor submits the form; buttons copy a link to the clipboard.
document.addEventListener("keydown", function (e) {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && e.target.matches("textarea[name=sql]")) {
    e.preventDefault();
    e.target.form.requestSubmit();
  }
});
document.addEventListener("DOMContentLoaded", function () {
  if (!navigator.clipboard) return;
  document.querySelectorAll(".exports a").forEach(function (a) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "copy";
    b.textContent = "copy link";
    b.setAttribute("data-testid", "copy-link");
    b.addEventListener("click", function () {
      navigator.clipboard.writeText(a.href).then(function () { b.textContent = "copied"; });
    });
    a.after(b);
  });
});
