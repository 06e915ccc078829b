// runpose web app: live job progress, and the measures drawn on the original video with a lean chart that follows it.
'use strict';

(function () {
  document.addEventListener('DOMContentLoaded', function () {
    var job = document.getElementById('job');
    if (job && (job.dataset.state === 'queued' || job.dataset.state === 'running')) {
      followJob(job);
    }
    document.querySelectorAll('.drop').forEach(dropZone);
    var upload = document.getElementById('upload');
    if (upload) {
      checkSize(upload);
      baselinesBefore(upload);
    }
    var player = document.getElementById('player');
    if (player) {
      showAnalysis(player);
    }
  });

  /** A file dropped anywhere on the zone goes into its file input, as if picked. */
  function dropZone(zone) {
    var input = zone.querySelector('input[type=file]');
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (e) {
        e.preventDefault();
        zone.classList.add('over');
      });
    });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (e) {
      e.preventDefault();
      zone.classList.remove('over');
      if (e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
      }
    });
  }

  /** Says at once that a video is over the server's limit, instead of sending it all to be refused. */
  function checkSize(form) {
    var input = form.querySelector('input[type=file]');
    var error = document.getElementById('upload-error');
    form.addEventListener('submit', function (e) {
      var file = input.files[0];
      if (file && file.size > Number(form.dataset.maxBytes)) {
        e.preventDefault();
        error.textContent = file.name + ' is too large: this server takes videos up to ' + form.dataset.maxText
          + '. Trim it to the running part first.';
        error.hidden = false;
      }
    });
  }

  /**
   * Offers as the lower back's baseline only the visits on or before the date of the new one. The latest of them is
   * chosen, as the page chose the latest visit, until the user chooses; their choice stays while the date keeps it.
   */
  function baselinesBefore(form) {
    var select = form.querySelector('select.baseline');
    var date = form.querySelector('input[type=date]');
    if (!select || !date) {
      return;
    }
    var chosenByUser = false;
    select.addEventListener('change', function () { chosenByUser = true; });
    function offer() {
      var latest = null;
      Array.prototype.forEach.call(select.options, function (option) {
        var later = option.dataset.date && date.value && option.dataset.date > date.value;
        option.disabled = !!later;
        option.hidden = !!later;
        if (!later && option.value && latest === null) {
          latest = option;
        }
      });
      if (!chosenByUser || select.selectedOptions.length === 0 || select.selectedOptions[0].disabled) {
        select.value = latest ? latest.value : '';
        chosenByUser = false;
      }
    }
    date.addEventListener('change', offer);
    offer();
  }

  function followJob(job) {
    var bar = document.getElementById('job-progress');
    var percent = document.getElementById('job-percent');
    var left = document.getElementById('job-left');
    var frames = document.getElementById('job-frames');
    var message = document.getElementById('job-message');
    var events = new EventSource(job.dataset.events);
    events.addEventListener('progress', function (e) {
      var p = JSON.parse(e.data);
      var pct = p.framesTotal > 0 ? Math.min(100, Math.floor(100 * p.framesDone / p.framesTotal)) : 0;
      if (p.state === 'DONE' || p.state === 'done') {
        pct = 100;
      }
      bar.value = pct;
      bar.textContent = pct + ' %';
      percent.textContent = pct + ' %';
      frames.textContent = p.framesTotal > 0 ? Math.min(p.framesDone, p.framesTotal) + ' of ' + p.framesTotal
        + ' frames read (the video is read twice)' : '';
      left.textContent = p.secondsLeft == null ? '' : '· about ' + duration(p.secondsLeft) + ' left';
      var state = String(p.state).toLowerCase();
      job.dataset.state = state;
      if (state === 'running') {
        message.textContent = 'Finding the runner\u2019s keypoints in every frame, then measuring.';
      } else if (state !== 'queued') {
        events.close();
        window.location.reload();
      }
    });
    events.addEventListener('error', function () {
      // The server went away or the job ended: the page itself says which.
      if (events.readyState === EventSource.CLOSED) {
        window.location.reload();
      }
    });
  }

  function duration(seconds) {
    var s = Math.max(1, Math.round(seconds));
    return s < 90 ? s + ' s' : Math.round(s / 60) + ' min';
  }

  // BlazePose landmark indices of each side's limbs, drawn as in the report's stills: the side nearer the camera in
  // one colour, the far side in another, the trunk line from the near hip to the near shoulder coloured by its lean.
  var LEFT = {shoulder: 11, elbow: 13, wrist: 15, hip: 23, knee: 25, ankle: 27, heel: 29, toe: 31};
  var RIGHT = {shoulder: 12, elbow: 14, wrist: 16, hip: 24, knee: 26, ankle: 28, heel: 30, toe: 32};
  var LIMBS = [['shoulder', 'elbow'], ['elbow', 'wrist'], ['hip', 'knee'], ['knee', 'ankle'], ['ankle', 'heel'],
    ['heel', 'toe'], ['ankle', 'toe']];
  var NEAR_SIDE = '#29c5f6';
  var FAR_SIDE = '#d07cf2';
  var SEVERITY = {ok: '#2e7d32', watch: '#e09b00', excessive: '#c62828', none: '#9e9e9e'};
  var MIN_VISIBILITY = 0.3;

  function showAnalysis(player) {
    var video = document.getElementById('video');
    var overlay = document.getElementById('overlay');
    var leanCanvas = document.getElementById('lean-chart');
    var lumbarCanvas = document.getElementById('lumbar-chart');
    if (video) {
      video.addEventListener('error', function () {
        document.getElementById('video-error').hidden = false;
      });
    }
    Promise.all([fetchJson(player.dataset.keypoints), fetchJson(player.dataset.analysis)]).then(function (data) {
      var frames = data[0].frames;
      var t0 = frames.length ? frames[0].timestampMicros : 0;
      var times = frames.map(function (f) { return (f.timestampMicros - t0) / 1e6; });
      var byIndex = {};
      frames.forEach(function (f, i) { byIndex[f.index] = i; });
      var a = data[1];
      // A person who turned round has a pass per direction, each measured with its own side toward the camera.
      var passes = [a].concat(a.otherPasses || []);
      var measuredAt = {};
      var sideAt = {};
      passes.forEach(function (p, n) {
        var near = p.view.direction === 'right' ? RIGHT : LEFT;
        var side = {near: near, far: near === RIGHT ? LEFT : RIGHT, rollDeg: p.view.rollDeg || 0};
        p.frames.forEach(function (m) {
          if (m.found || n === 0) {
            measuredAt[m.index] = m;
            sideAt[byIndex[m.index]] = side;
          }
        });
      });
      // In frame order, whichever pass was filmed first: the charts' lines run forward in time.
      var measured = Object.keys(measuredAt).map(Number).sort(function (x, y) { return x - y; })
        .map(function (k) { return measuredAt[k]; });
      var lean = series(measured, byIndex, times, 'leanDeg');
      var charts = [{canvas: leanCanvas, points: lean, unit: '\u00b0', grid: 5}];
      if (lumbarCanvas) {
        charts.push({canvas: lumbarCanvas, points: series(measured, byIndex, times, 'lumbarDepthPct'),
          unit: ' %', grid: 2});
      }
      var leanOf = {};
      lean.forEach(function (p) { leanOf[p.index] = p.v; });
      var view = {frames: frames, times: times, leanOf: leanOf, lean: lean, sideAt: sideAt,
        watch: a.settings.leanWatchDeg, excessive: a.settings.leanExcessiveDeg};
      if (!video) {
        // An animated picture: no time to follow, the charts alone.
        var still = function () { charts.forEach(function (c) { drawChart(c, view, null); }); };
        charts.forEach(function (c) { c.canvas.style.cursor = 'default'; });
        window.addEventListener('resize', still);
        still();
        player.dataset.ready = 'true';
        return;
      }
      function redraw() {
        var i = frameAt(times, video.currentTime);
        drawOverlay(video, overlay, view, i);
        charts.forEach(function (c) { drawChart(c, view, video.currentTime); });
      }
      video.addEventListener('timeupdate', redraw);
      video.addEventListener('seeked', redraw);
      video.addEventListener('loadeddata', redraw);
      window.addEventListener('resize', redraw);
      video.addEventListener('play', function tick() {
        redraw();
        if (!video.paused && !video.ended) {
          window.requestAnimationFrame(tick);
        }
      });
      charts.forEach(function (c) {
        c.canvas.addEventListener('click', function (e) {
          var box = c.canvas.getBoundingClientRect();
          var range = chartRange(view);
          var x = e.clientX - box.left;
          video.currentTime = range.t0 + Math.max(0, Math.min(1, (x - PAD.left) / (box.width - PAD.left - PAD.right)))
            * (range.t1 - range.t0);
          redraw();
        });
      });
      player.dataset.ready = 'true';
      redraw();
    });
  }

  /** The frames' values of one measure, at the video's time of each frame. */
  function series(measured, byIndex, times, key) {
    var points = [];
    measured.forEach(function (m) {
      var i = byIndex[m.index];
      if (i !== undefined && m[key] != null) {
        points.push({t: times[i], v: m[key], index: i});
      }
    });
    return points;
  }

  function fetchJson(url) {
    return fetch(url, {credentials: 'same-origin'}).then(function (r) { return r.json(); });
  }

  /** The last frame shown at time t (seconds from the first frame). */
  function frameAt(times, t) {
    var lo = 0;
    var hi = times.length - 1;
    if (hi < 0) {
      return -1;
    }
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (times[mid] <= t + 0.001) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  function drawOverlay(video, canvas, view, i) {
    var ratio = window.devicePixelRatio || 1;
    var w = video.clientWidth;
    var h = video.clientHeight;
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
    canvas.style.width = w + 'px';
    canvas.style.height = h + 'px';
    var g = canvas.getContext('2d');
    g.clearRect(0, 0, canvas.width, canvas.height);
    var f = i >= 0 ? view.frames[i] : null;
    var side = i >= 0 ? view.sideAt[i] : null;
    if (!f || !f.found || !side || !video.videoWidth) {
      return;
    }
    var s = canvas.width / video.videoWidth;
    var k = f.keypoints;
    // Line widths follow the picture's size, as in the stills: the same drawing at 480p and on a phone's 1080p.
    var u = Math.max(1.5 * ratio, Math.min(canvas.width, canvas.height) / 240);
    g.lineCap = 'round';
    drawLimbs(g, k, side.far, FAR_SIDE, s, u);
    drawLimbs(g, k, side.near, NEAR_SIDE, s, u);
    var hip = k[side.near.hip];
    var shoulder = k[side.near.shoulder];
    var lean = view.leanOf[i];
    if (seen(hip) && seen(shoulder)) {
      var color = lean === undefined ? SEVERITY.none
        : lean >= view.excessive ? SEVERITY.excessive : lean >= view.watch ? SEVERITY.watch : SEVERITY.ok;
      var trunk = Math.hypot(shoulder.xPx - hip.xPx, shoulder.yPx - hip.yPx) * s;
      var roll = side.rollDeg * Math.PI / 180;
      var up = {x: -Math.sin(roll), y: -Math.cos(roll)};
      // The trunk line at the angle measured, which leaves out the limbs' pull on the shoulder keypoint.
      var end = {x: shoulder.xPx * s, y: shoulder.yPx * s};
      if (lean !== undefined) {
        var sign = side.near === RIGHT ? 1 : -1;
        var angle = lean * Math.PI / 180;
        var forward = {x: sign * Math.cos(roll), y: -sign * Math.sin(roll)};
        end = {x: hip.xPx * s + trunk * (Math.cos(angle) * up.x + Math.sin(angle) * forward.x),
          y: hip.yPx * s + trunk * (Math.cos(angle) * up.y + Math.sin(angle) * forward.y)};
      }
      g.setLineDash([2 * u, 5 * u]);
      g.strokeStyle = '#fff';
      g.lineWidth = 1.5 * u;
      line(g, hip.xPx * s - 0.25 * trunk * up.x, hip.yPx * s - 0.25 * trunk * up.y,
        hip.xPx * s + 1.3 * trunk * up.x, hip.yPx * s + 1.3 * trunk * up.y);
      g.setLineDash([]);
      // The angle between the vertical and the trunk, as a wedge at the hip.
      var from = Math.atan2(up.y, up.x);
      var to = Math.atan2(end.y - hip.yPx * s, end.x - hip.xPx * s);
      var turn = Math.atan2(Math.sin(to - from), Math.cos(to - from));
      g.beginPath();
      g.moveTo(hip.xPx * s, hip.yPx * s);
      g.arc(hip.xPx * s, hip.yPx * s, 0.75 * trunk, from, to, turn < 0);
      g.closePath();
      g.globalAlpha = 0.45;
      g.fillStyle = color;
      g.fill();
      g.globalAlpha = 1;
      g.strokeStyle = color;
      g.lineWidth = 4 * u;
      line(g, hip.xPx * s, hip.yPx * s, end.x, end.y);
    }
    if (lean !== undefined) {
      var text = 'Trunk lean ' + Math.abs(lean).toFixed(1) + '\u00b0' + (lean < 0 ? ' backward' : ' forward');
      g.font = 'bold ' + Math.round(14 * ratio) + 'px sans-serif';
      var tw = g.measureText(text).width;
      g.fillStyle = 'rgba(16, 22, 28, 0.75)';
      g.fillRect(8 * ratio, 8 * ratio, tw + 16 * ratio, 26 * ratio);
      g.fillStyle = '#fff';
      g.fillText(text, 16 * ratio, 26 * ratio);
    }
    canvas.dataset.frame = String(i);
  }

  function drawLimbs(g, k, side, color, s, u) {
    g.strokeStyle = color;
    g.lineWidth = 2.5 * u;
    LIMBS.forEach(function (limb) {
      var a = k[side[limb[0]]];
      var b = k[side[limb[1]]];
      if (seen(a) && seen(b)) {
        line(g, a.xPx * s, a.yPx * s, b.xPx * s, b.yPx * s);
      }
    });
  }

  function seen(p) {
    return p && p.visibility >= MIN_VISIBILITY;
  }

  function line(g, x0, y0, x1, y1) {
    g.beginPath();
    g.moveTo(x0, y0);
    g.lineTo(x1, y1);
    g.stroke();
  }

  var PAD = {left: 44, right: 12, top: 12, bottom: 28};

  function chartRange(view) {
    var t1 = view.times.length ? view.times[view.times.length - 1] : 1;
    return {t0: 0, t1: Math.max(t1, 0.001)};
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  function niceStep(raw) {
    var p = Math.pow(10, Math.floor(Math.log10(raw)));
    var m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
  }

  function formatSeconds(t, step) {
    return step >= 1 ? t.toFixed(0) : t.toFixed(1);
  }

  /** A measure over the clip, its watch and excessive thresholds, and a marker at the video's time (if any). */
  function drawChart(chart, view, now) {
    var canvas = chart.canvas;
    var ratio = window.devicePixelRatio || 1;
    var w = canvas.clientWidth;
    var h = canvas.clientHeight;
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
    var g = canvas.getContext('2d');
    g.scale(ratio, ratio);
    g.clearRect(0, 0, w, h);
    // A measure not judged (a lumbar hollow without a baseline) has no thresholds to draw.
    var lines = [[parseFloat(canvas.dataset.watch), '#d9a400'], [parseFloat(canvas.dataset.excessive), '#c62828']]
      .filter(function (l) { return isFinite(l[0]); });
    var values = chart.points.map(function (p) { return p.v; });
    var margin = 0.4 * chart.grid;
    var lo = Math.min.apply(null, values.concat([0])) - margin;
    var hi = Math.max.apply(null, values.concat(lines.map(function (l) { return l[0]; }))) + margin;
    var range = chartRange(view);
    var x = function (t) { return PAD.left + (t - range.t0) / (range.t1 - range.t0) * (w - PAD.left - PAD.right); };
    var y = function (v) { return PAD.top + (hi - v) / (hi - lo) * (h - PAD.top - PAD.bottom); };
    g.font = '11px sans-serif';
    g.fillStyle = '#555';
    g.strokeStyle = '#ddd';
    g.lineWidth = 1;
    for (var v = Math.ceil(lo / chart.grid) * chart.grid; v <= hi; v += chart.grid) {
      g.beginPath();
      g.moveTo(PAD.left, y(v));
      g.lineTo(w - PAD.right, y(v));
      g.stroke();
      g.fillText(v + chart.unit, 4, y(v) + 4);
    }
    var step = niceStep((range.t1 - range.t0) / Math.max(2, Math.floor((w - PAD.left - PAD.right) / 70)));
    g.fillStyle = '#555';
    for (var t = 0; t <= range.t1 + 1e-9; t += step) {
      g.fillText(formatSeconds(t, step), x(t) - 8, h - PAD.bottom + 14);
    }
    g.fillText('time (s)', w - PAD.right - 44, h - 4);
    lines.forEach(function (l) {
      g.strokeStyle = l[1];
      g.setLineDash([5, 4]);
      g.beginPath();
      g.moveTo(PAD.left, y(l[0]));
      g.lineTo(w - PAD.right, y(l[0]));
      g.stroke();
    });
    g.setLineDash([]);
    g.strokeStyle = '#1565c0';
    g.lineWidth = 2;
    g.beginPath();
    // The line breaks where frames are missing (the back hidden by an arm, the runner not found).
    chart.points.forEach(function (p, j) {
      if (j === 0 || p.index - chart.points[j - 1].index > 2) {
        g.moveTo(x(p.t), y(p.v));
        g.arc(x(p.t), y(p.v), 1, 0, 2 * Math.PI);
        g.moveTo(x(p.t), y(p.v));
      } else {
        g.lineTo(x(p.t), y(p.v));
      }
    });
    g.stroke();
    if (now == null) {
      return;
    }
    g.strokeStyle = '#000';
    g.lineWidth = 1.5;
    g.beginPath();
    g.moveTo(x(now), PAD.top);
    g.lineTo(x(now), h - PAD.bottom);
    g.stroke();
    canvas.dataset.playhead = now.toFixed(3);
  }
})();
