/*
 * IPS Evidence: optional resize script for embedded charts. Add it once to a page that holds
 * <iframe data-ips-embed …> frames: each frame's height then follows its content. Without it
 * the frames keep the aspect ratio they were given. It accepts height messages only from our
 * own frames (event.origin and event.source are both checked) and changes nothing else.
 */
(function () {
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href).origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'ips-embed:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 10000)) return;
    var frames = document.querySelectorAll('iframe[data-ips-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.aspectRatio = 'auto';
        frames[i].style.height = Math.ceil(data.height) + 'px';
      }
    }
  });
})();
