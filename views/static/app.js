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

// Column menus (the ⚙ in each header) are <details> of plain links and work without this
// script. Here: one open at a time, closed by Escape or a click elsewhere, and placed over
// the page (position: fixed) so the scrolling table box cannot clip it.
document.addEventListener("toggle", function (e) {
  var d = e.target;
  if (!(d instanceof HTMLDetailsElement) || !d.classList.contains("colmenu") || !d.open) return;
  document.querySelectorAll("details.colmenu[open]").forEach(function (o) { if (o !== d) o.open = false; });
  var menu = d.querySelector(".colmenu-items");
  var r = d.querySelector("summary").getBoundingClientRect();
  menu.classList.add("floating");
  menu.style.top = Math.round(r.bottom + 2) + "px";
  menu.style.left = Math.round(Math.max(4, Math.min(r.left, window.innerWidth - menu.offsetWidth - 4))) + "px";
}, true);
function closeColumnMenus(except) {
  document.querySelectorAll("details.colmenu[open]").forEach(function (d) { if (!d.contains(except)) d.open = false; });
}
document.addEventListener("click", function (e) { closeColumnMenus(e.target); });
document.addEventListener("keydown", function (e) { if (e.key === "Escape") closeColumnMenus(null); });
document.addEventListener("scroll", function () { closeColumnMenus(null); }, true);
