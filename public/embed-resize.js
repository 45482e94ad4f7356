/*
 * IPS Evidence: optional resize script for embedded charts. Add it once to a page that holds
 * <iframe data-ips-embed …> frames: each frame's height then follows its content, but never
 * grows past what holds it: a box of fixed height, or a slide (reveal.js sizes its slides and
 * scales them), caps it at the room left below the frame's top. Slide frames
 * (data-ips-embed="slide") keep their 16:9 box and are left alone. Without this script the
 * frames keep the aspect ratio they were given, and the chart fits that. It accepts height
 * messages only from our own frames (event.origin and event.source are both checked) and changes
 * nothing else.
 */
(function () {
  var script = document.currentScript;
  var origin = new URL(script ? script.src : location.href).origin;

  /*
   * The room an ancestor of fixed height leaves the frame, in CSS px (before any transform), or
   * Infinity. An ancestor's height is fixed when it does not change with the frame's: measured
   * with the frame at 0 px and at a huge height (synchronously, so nothing is painted between).
   */
  function room(frame) {
    var saved = frame.style.height;
    var ancestors = [];
    for (var el = frame.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
      ancestors.push(el);
    }
    frame.style.height = '0px';
    var low = ancestors.map(function (a) {
      return a.offsetHeight;
    });
    var frameBox = frame.getBoundingClientRect();
    var boxes = ancestors.map(function (a) {
      return a.getBoundingClientRect();
    });
    frame.style.height = '100000px';
    var high = ancestors.map(function (a) {
      return a.offsetHeight;
    });
    frame.style.height = saved;
    // A transform (a scaled slide) changes on-screen sizes, not CSS px: divide it out.
    var scale = frame.offsetWidth > 0 ? frameBox.width / frame.offsetWidth : 1;
    if (!(scale > 0)) scale = 1;
    var limit = Infinity;
    for (var i = 0; i < ancestors.length; i++) {
      if (high[i] !== low[i] || low[i] === 0) continue;
      var style = getComputedStyle(ancestors[i]);
      var inner = boxes[i].bottom - (parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth)) * scale;
      limit = Math.min(limit, (inner - frameBox.top) / scale);
    }
    return limit;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'ips-embed:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 10000)) return;
    var frames = document.querySelectorAll('iframe[data-ips-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (frame.getAttribute('data-ips-embed') === 'slide') continue;
      var height = Math.min(Math.ceil(data.height), Math.floor(room(frame)));
      // Too little room to be of use: keep the frame's own aspect ratio (its chart fits that).
      if (!(height >= 120)) continue;
      frame.style.aspectRatio = 'auto';
      frame.style.height = height + 'px';
    }
  });
})();
