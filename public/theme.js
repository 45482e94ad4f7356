/*
 * Applies the reader's colour theme before the first paint. A classic script in <head> (not a
 * module, not inline: the Content-Security-Policy allows scripts only from this site), so it
 * blocks rendering for the moment it takes and the page never flashes the wrong colours.
 * The choice is made with the theme buttons in the header (src/client/site-header.ts):
 * localStorage "ips-theme" = "light" | "dark"; absent means "follow the device".
 * It also marks <html data-js>, which lets the CSS fold the phone menu behind its button.
 */
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  try {
    var theme = window.localStorage.getItem('ips-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    /* storage blocked: follow the device */
  }
})();
