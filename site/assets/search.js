/*
 * Dossier's search, for search.html: from disk (file://) and on any host, with no fetch() or XHR.
 *
 * The index (search/, written by org.dossier.render.search) is a set of small scripts, each calling
 * DossierSearch.add(NAME, DATA). A query adds a <script src> for each part it needs and waits for that
 * call: meta.js (counts, filter values, the list of shards), the terms/ shards of its words (by the
 * longest listed prefix), heads/ (Dutch compounds by their last two letters), the docs/ files of the
 * results it shows and, when results it shows tie, order/ (a group's numbers in the group's order).
 *
 * Words are cut and folded as org.dossier.render.search.Words does it (NFD, drop combining marks, lower
 * case). Each shard's "forms" map a word to its Snowball stems, made at build time, so this script needs
 * no stemmer; a word the dossier never uses falls back to the longest stem it starts with. Ranking is
 * BM25: each posting carries its term weight (× 100; title and name words count three times), this
 * script multiplies it by the term's IDF; results of equal score and kind come in their group's order
 * (articles in dossier order, entities most mentioned first, timeline entries by date). All words must match; a "quoted phrase" must also stand in the
 * text word for word. Results are built from DOM text nodes only, never from markup, and every word the
 * page writes comes from the data-word-* attributes of #search (so translating needs no change here).
 */
(function () {
  'use strict';
  var MAX_QUERY = 500;
  var MAX_WORDS = 16;
  /** Results shown at once: each may load a docs/ file, so a page of results stays quick to show. */
  var PAGE = 10;
  /** The docs/ files a phrase query may load to check candidates; past it the page says so. */
  var MAX_PHRASE_FILES = 40;
  var COMPOUND_WEIGHT = 0.8;
  /** A number and a code in one map key: codes run from -8 to the blocks of the longest article. */
  var KEY = 1048576;
  var KINDS = { '-1': 'article', '-2': 'person', '-3': 'organization', '-4': 'place', '-5': 'other', '-6': 'timeline' };
  var QUOTES = /["\u201c\u201d\u201e]/;

  var box = document.getElementById('search');
  if (!box) return;
  var base = box.getAttribute('data-index');
  var root = box.getAttribute('data-root');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var form = box.querySelector('form');
  var parts = {};
  var waiting = {};
  var failed = false;

  function word(name, n) {
    var text = box.getAttribute('data-word-' + name) || name;
    return n === undefined ? text : text.replace('{n}', String(n));
  }

  /**
   * An ISO date at its precision ("2022", "2022-01", "2022-01-02") in the site's language, from the page's
   * data-months (the twelve names, '|' between them) and data-date-day / data-date-month ({d} {m} {y}).
   */
  function dateText(iso) {
    if (!iso) return '';
    var parts = iso.split('-');
    if (parts.length === 1) return parts[0];
    var month = (box.getAttribute('data-months') || '').split('|')[Number(parts[1]) - 1] || parts[1];
    var pattern = parts.length === 2 ? box.getAttribute('data-date-month') || '{m} {y}' : box.getAttribute('data-date-day') || '{d} {m} {y}';
    return pattern.split('{d}').join(String(Number(parts[2]))).split('{m}').join(month).split('{y}').join(parts[0]);
  }

  // Every index file calls add; it settles the promise of the <script> that loaded it. loaded() names
  // the parts this page has loaded (for tests and the benchmark).
  window.DossierSearch = {
    add: function (name, data) {
      var resolve = waiting[name];
      if (resolve) { delete waiting[name]; resolve(data); }
    },
    loaded: function () { return Object.keys(parts); }
  };

  function load(name) {
    if (!parts[name]) {
      parts[name] = new Promise(function (resolve) {
        waiting[name] = resolve;
        var script = document.createElement('script');
        script.src = base + name + '.js';
        script.onerror = function () { delete waiting[name]; failed = true; resolve(null); };
        document.head.appendChild(script);
      });
    }
    return parts[name];
  }

  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  }

  function words(text) {
    return fold(text).match(/[\p{L}\p{N}]+/gu) || [];
  }

  /** The query's distinct words and its quoted phrases (lists of two words or more). */
  function parse(query) {
    var pieces = query.split(QUOTES);
    var all = [], phrases = [];
    pieces.forEach(function (piece, i) {
      var ws = words(piece);
      if (i % 2 === 1 && ws.length > 1) phrases.push(ws);
      ws.forEach(function (w) { if (all.indexOf(w) < 0) all.push(w); });
    });
    return { words: all, phrases: phrases };
  }

  /** The file of the shard that holds a key: the longest listed prefix of it. */
  function shardOf(shards, key) {
    var best = null;
    shards.forEach(function (s) {
      if (key.lastIndexOf(s[0], 0) === 0 && (!best || s[0].length > best[0].length)) best = s;
    });
    return best ? best[1] : null;
  }

  function termShard(meta, key) {
    var file = shardOf(meta.terms, key);
    return file ? load(file) : Promise.resolve(null);
  }

  /**
   * The index terms one query word stands for, each with its postings and a weight: its stems, or the
   * longest stem it starts with, and the compounds whose last part it is.
   */
  function resolve(meta, w) {
    return termShard(meta, w).then(function (shard) {
      var stems = [];
      if (shard) {
        (shard.forms[w] || []).forEach(function (s) { stems.push(s); });
        if (shard.postings[w] && stems.indexOf(w) < 0) stems.push(w);
        if (!stems.length) {
          var best = '';
          Object.keys(shard.postings).forEach(function (k) {
            if (k.length > best.length && k.length >= Math.max(4, Math.floor(w.length / 2) + 1) && w.lastIndexOf(k, 0) === 0) best = k;
          });
          if (best) stems.push(best);
        }
      }
      var compounds = w.length < 4 ? Promise.resolve([]) : headsOf(meta, w);
      return compounds.then(function (heads) {
        var terms = stems.map(function (s) { return { term: s, weight: 1 }; });
        heads.forEach(function (s) {
          if (!terms.some(function (t) { return t.term === s; })) terms.push({ term: s, weight: COMPOUND_WEIGHT });
        });
        return Promise.all(terms.map(function (t) {
          return termShard(meta, t.term).then(function (sh) {
            t.postings = (sh && sh.postings[t.term]) || [];
            return t;
          });
        }));
      });
    });
  }

  function headsOf(meta, w) {
    var end = Array.from(w).slice(-2).join('');
    var file = null;
    meta.heads.forEach(function (h) { if (h[0] === end) file = h[1]; });
    if (!file) return Promise.resolve([]);
    return load(file).then(function (pairs) {
      var stems = [];
      (pairs || []).forEach(function (p) {
        if (p[0].length >= w.length + 3 && p[0].slice(-w.length) === w && stems.indexOf(p[1]) < 0) stems.push(p[1]);
      });
      return stems;
    });
  }

  function kindOf(sub) {
    return sub >= 0 ? 'paragraph' : KINDS[String(sub)];
  }

  /** A partial ISO date ("2022", "2022-01", "2022-01-05") as its first and last day. */
  function span(date) {
    if (!date) return null;
    var first = date + ['-01-01', '-01', ''][date.split('-').length - 1];
    var last = date + ['-12-31', '-31', ''][date.split('-').length - 1];
    return [first, last];
  }

  /**
   * search/filters.js with its rows by number: each row of "articles" ([outlet, date, language]) and
   * "entries" ([date]) starts with the difference of its number from the row before's.
   */
  function filterData(data) {
    function byNumber(rows) {
      var out = {}, n = 0;
      rows.forEach(function (r) { n += r[0]; out[n] = r.slice(1); });
      return out;
    }
    if (!data.byNumber) {
      data.byNumber = { outlets: data.outlets, languages: data.languages, articles: byNumber(data.articles), entries: byNumber(data.entries) };
    }
    return data.byNumber;
  }

  /** Whether a hit passes the filters; filters.data is search/filters.js by number, loaded when a filter is set. */
  function passes(filters, hit) {
    var meta = filters.data;
    var kind = kindOf(hit.sub);
    if (filters.kind && filters.kind !== kind) return false;
    var fromArticle = kind === 'article' || kind === 'paragraph';
    if (filters.outlet || filters.lang) {
      if (!fromArticle) return false;
      var row = meta.articles[hit.n];
      if (filters.outlet && meta.outlets[row[0]] !== filters.outlet) return false;
      if (filters.lang && meta.languages[row[2]] !== filters.lang) return false;
    }
    if (filters.from || filters.to) {
      var date = fromArticle ? meta.articles[hit.n][1] : kind === 'timeline' ? meta.entries[hit.n][0] : '';
      var days = span(date);
      if (!days) return false;
      if (filters.from && days[1] < filters.from) return false;
      if (filters.to && days[0] > filters.to) return false;
    }
    return true;
  }

  /** The things that have every word, best first: BM25 summed over the words. */
  function rank(meta, groups) {
    var total = null;
    groups.forEach(function (terms) {
      var best = new Map();
      terms.forEach(function (t) {
        var p = t.postings, df = p.length / 3, n = 0;
        if (!df) return;
        var idf = Math.log(1 + (meta.documents - df + 0.5) / (df + 0.5));
        for (var i = 0; i < p.length; i += 3) {
          n += p[i];
          var key = n * KEY + p[i + 1] + 8;
          var score = idf * p[i + 2] / 100 * t.weight;
          var was = best.get(key);
          if (was === undefined || was < score) best.set(key, score);
        }
      });
      if (total === null) { total = best; return; }
      var both = new Map();
      total.forEach(function (score, key) {
        var other = best.get(key);
        if (other !== undefined) both.set(key, score + other);
      });
      total = both;
    });
    var hits = [];
    (total || new Map()).forEach(function (score, key) {
      var n = Math.floor(key / KEY);
      hits.push({ n: n, sub: key - n * KEY - 8, score: score });
    });
    return hits.sort(function (a, b) {
      return b.score - a.score || a.sub - b.sub || a.n - b.n;
    });
  }

  /** The group of a hit: 0 articles (and their paragraphs), 1 entities, 2 timeline entries. */
  function groupOf(sub) {
    var kind = kindOf(sub);
    return kind === 'article' || kind === 'paragraph' ? 0 : kind === 'timeline' ? 2 : 1;
  }

  /** The place of each number in its group's order, from search/order/ (the numbers in that order); null if it fails to load. */
  function placesOf(which) {
    return load('order/' + 'aet'.charAt(which)).then(function (numbers) {
      if (!numbers) return null;
      if (!numbers.places) {
        var places = {};
        numbers.forEach(function (n, i) { places[n] = i; });
        numbers.places = places;
      }
      return numbers.places;
    });
  }

  /**
   * Puts each run of hits of equal score and kind that starts before upTo in its group's order, loading
   * that group's order file: ranking leaves them by number, which follows ids' hashes. A run is put in
   * order once, whole.
   */
  function settle(hits, upTo) {
    var runs = [], needed = [];
    for (var i = 0, j; i < hits.length && i < upTo; i = j) {
      for (j = i + 1; j < hits.length && hits[j].score === hits[i].score && hits[j].sub === hits[i].sub; j++) { /* the run */ }
      if (j - i > 1 && !hits[i].settled) {
        runs.push([i, j]);
        if (needed.indexOf(groupOf(hits[i].sub)) < 0) needed.push(groupOf(hits[i].sub));
      }
    }
    if (!runs.length) return Promise.resolve(hits);
    return Promise.all(needed.map(placesOf)).then(function (all) {
      runs.forEach(function (r) {
        var places = all[needed.indexOf(groupOf(hits[r[0]].sub))];
        // Without its order file (a failed load, which the page reports), a run stays by number.
        if (!places) return;
        hits.slice(r[0], r[1]).sort(function (a, b) { return places[a.n] - places[b.n]; }).forEach(function (h, k) {
          h.settled = true;
          hits[r[0] + k] = h;
        });
      });
      return hits;
    });
  }

  /** The docs/ file of a hit, and its row there: meta.groups gives the numbers each file of a group covers. */
  function docFile(meta, hit) {
    var which = groupOf(hit.sub);
    var group = meta.groups[which];
    return { name: 'docs/' + 'aet'.charAt(which) + Math.floor(hit.n / group), row: hit.n % group };
  }

  function docOf(meta, hit) {
    var file = docFile(meta, hit);
    return load(file.name).then(function (rows) {
      // A row of 0 (or none) has no thing: numbers are spread out so that an edit moves few of them.
      hit.doc = rows && rows[file.row] ? rows[file.row] : null;
      return hit;
    });
  }

  /** The text a hit is about, for phrases and snippets. */
  function textsOf(hit) {
    var d = hit.doc, kind = kindOf(hit.sub);
    if (kind === 'paragraph') return [d[5][hit.sub][2]];
    if (kind === 'article') return [d[1]].concat(d[5].map(function (b) { return b[2]; }));
    if (kind === 'timeline') return d[3].map(function (s) { return s[3]; });
    return [d[1]].concat(d[3], d[5], d[4] ? [d[4]] : []);
  }

  function hasPhrases(hit, phrases) {
    var text = ' ' + textsOf(hit).map(function (t) { return words(t).join(' '); }).join(' | ') + ' ';
    return phrases.every(function (p) { return text.indexOf(' ' + p.join(' ') + ' ') >= 0; });
  }

  /** Whether a folded word of the text shows a match: a query word, or a word that starts with a matched stem. */
  function matcher(query, groups) {
    var stems = [];
    groups.forEach(function (terms) { terms.forEach(function (t) { if (t.weight === 1) stems.push(t.term); }); });
    return function (w) {
      return query.words.some(function (q) { return w === q || (q.length >= 4 && w.length >= q.length + 3 && w.slice(-q.length) === q); })
        || stems.some(function (s) { return w.lastIndexOf(s, 0) === 0; });
    };
  }

  /** Appends {@code text} to {@code parent} as text nodes, matched words in <mark>, cut around the first match. */
  function snippet(parent, text, isMatch, whole) {
    var re = /[\p{L}\p{N}]+/gu, m, first = -1, marks = [];
    while ((m = re.exec(text)) !== null) {
      if (isMatch(fold(m[0]))) {
        marks.push([m.index, m.index + m[0].length]);
        if (first < 0) first = m.index;
      }
    }
    var from = 0, to = text.length;
    if (!whole && text.length > 260) {
      from = Math.max(0, (first < 0 ? 0 : first) - 80);
      while (from > 0 && !/\s/.test(text.charAt(from - 1))) from--;
      to = Math.min(text.length, from + 240);
      while (to < text.length && !/\s/.test(text.charAt(to))) to++;
    }
    if (from > 0) parent.appendChild(document.createTextNode('… '));
    var at = from;
    marks.forEach(function (mk) {
      if (mk[0] < from || mk[1] > to) return;
      parent.appendChild(document.createTextNode(text.slice(at, mk[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(mk[0], mk[1]);
      parent.appendChild(mark);
      at = mk[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) parent.appendChild(document.createTextNode(' …'));
    return marks.length;
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text) e.textContent = text;
    return e;
  }

  function show(hit, isMatch) {
    var d = hit.doc, kind = kindOf(hit.sub);
    var li = element('li', 'result result-' + kind);
    var meta = element('p', 'meta');
    meta.appendChild(element('span', 'kind', word(kind)));
    var heading = element('h2');
    var link = element('a');
    var text = element('p', 'snippet');
    if (kind === 'article' || kind === 'paragraph') {
      li.lang = d[4];
      link.href = root + 'articles/' + d[0] + '.html' + (kind === 'paragraph' ? '#' + d[5][hit.sub][0] : '');
      snippet(link, d[1], isMatch, true);
      var info = [d[2], dateText(d[3])].filter(Boolean).join(' · ');
      if (info) meta.appendChild(document.createTextNode(' · ' + info));
      var block = kind === 'paragraph' ? d[5][hit.sub][2] : bestBlock(d[5], isMatch);
      if (block) snippet(text, block, isMatch, false);
    } else if (kind === 'timeline') {
      link.href = root + d[4] + '#' + d[0];
      link.textContent = dateText(d[1]);
      var source = d[3].filter(function (s) { return words(s[3]).some(isMatch); })[0] || d[3][0];
      snippet(text, source[3], isMatch, false);
      text.appendChild(document.createTextNode(' (' + word('in') + ' '));
      var from = element('a', '', source[1]);
      from.href = root + 'articles/' + source[0] + '.html#' + source[2];
      text.appendChild(from);
      text.appendChild(document.createTextNode(')'));
    } else {
      link.href = root + 'entities/' + d[0] + '.html';
      snippet(link, d[1], isMatch, true);
      meta.appendChild(document.createTextNode(' · ' + word('mentions', d[6])));
      if (d[3].length) {
        text.appendChild(document.createTextNode(word('also') + ': '));
        snippet(text, d[3].join(', '), isMatch, true);
      }
      var about = [d[4]].concat(d[5]).filter(Boolean).join(' · ');
      if (about) {
        if (d[3].length) text.appendChild(document.createTextNode(' · '));
        snippet(text, about, isMatch, false);
      }
    }
    heading.appendChild(link);
    li.appendChild(meta);
    li.appendChild(heading);
    if (text.childNodes.length) li.appendChild(text);
    return li;
  }

  function bestBlock(blocks, isMatch) {
    var best = null, most = 0;
    blocks.forEach(function (b) {
      var count = words(b[2]).filter(isMatch).length;
      if (count > most) { most = count; best = b[2]; }
    });
    return best || (blocks[0] && blocks[0][2]);
  }

  function say(text) {
    status.textContent = text;
  }

  function finish(started) {
    box.setAttribute('data-ms', String(Math.round(performance.now() - started)));
    box.setAttribute('data-state', 'done');
  }

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
    more.hidden = true;
  }

  var run = 0;

  /** Answers one query with its filters; a newer query makes an older one stop where it is. */
  function search(query, filters) {
    var started = performance.now();
    var mine = ++run;
    box.setAttribute('data-state', 'busy');
    clear();
    if (!query.trim()) { say(word('empty')); finish(started); return Promise.resolve(); }
    if (query.length > MAX_QUERY) { say(word('too-long')); finish(started); return Promise.resolve(); }
    var parsed = parse(query);
    if (parsed.words.length > MAX_WORDS) { say(word('too-long')); finish(started); return Promise.resolve(); }
    say(word('searching'));
    return load('meta').then(function (meta) {
      if (!meta) throw new Error('meta');
      var filtered = filters.outlet || filters.lang || filters.from || filters.to;
      return filtered ? load('filters').then(function (data) {
        if (!data) throw new Error('filters');
        filters.data = filterData(data);
        return meta;
      }) : meta;
    }).then(function (meta) {
      var wanted = parsed.words.filter(function (w) { return meta.stop.indexOf(w) < 0; });
      if (!wanted.length) {
        if (mine === run) { say(word(parsed.words.length ? 'only-common' : 'empty')); finish(started); }
        return null;
      }
      return Promise.all(wanted.map(function (w) { return resolve(meta, w); })).then(function (groups) {
        var hits = rank(meta, groups).filter(function (h) { return passes(filters, h); });
        var isMatch = matcher(parsed, groups);
        if (!parsed.phrases.length) return present(meta, hits, hits.length, false, isMatch, mine, started);
        return checkPhrases(meta, hits, parsed.phrases).then(function (checked) {
          return present(meta, checked.hits, checked.hits.length, checked.capped, isMatch, mine, started);
        });
      });
    }).catch(function () {
      if (mine === run) { say(word('failed')); finish(started); }
    });
  }

  /** The hits whose text has every phrase, checking in rank order until MAX_PHRASE_FILES docs files are loaded. */
  function checkPhrases(meta, hits, phrases) {
    var kept = [], files = {}, i = 0;
    function next() {
      return settle(hits, i + PAGE).then(check);
    }
    function check() {
      var batch = [];
      while (i < hits.length && batch.length < PAGE) {
        var h = hits[i];
        var key = docFile(meta, h).name;
        if (!files[key] && Object.keys(files).length >= MAX_PHRASE_FILES) return Promise.resolve({ hits: kept, capped: true });
        files[key] = true;
        batch.push(h);
        i++;
      }
      if (!batch.length) return Promise.resolve({ hits: kept, capped: false });
      return Promise.all(batch.map(function (h) { return docOf(meta, h); })).then(function () {
        batch.forEach(function (h) { if (h.doc && hasPhrases(h, phrases)) kept.push(h); });
        return next();
      });
    }
    return next();
  }

  function present(meta, hits, count, capped, isMatch, mine, started) {
    if (mine !== run) return null;
    if (!hits.length) {
      say(capped ? word('capped') : word('none'));
      finish(started);
      return null;
    }
    var shown = 0;
    function page() {
      return settle(hits, shown + PAGE).then(function () {
        return Promise.all(hits.slice(shown, shown + PAGE).map(function (h) { return h.doc ? h : docOf(meta, h); }));
      }).then(function (batch) {
        if (mine !== run) return;
        batch.forEach(function (h) { if (h.doc) list.appendChild(show(h, isMatch)); });
        shown += batch.length;
        more.hidden = shown >= hits.length;
        say((count === 1 ? word('one') : word('many', count)) + (capped ? ' ' + word('capped') : '')
          + (failed ? ' ' + word('failed') : ''));
      });
    }
    more.onclick = function () { page(); };
    return page().then(function () { if (mine === run) finish(started); });
  }

  var FIELDS = ['q', 'kind', 'outlet', 'lang', 'from', 'to'];

  function filtersOf(values) {
    return { kind: values.kind || '', outlet: values.outlet || '', lang: values.lang || '',
      from: values.from || '', to: values.to || '' };
  }

  function fromForm() {
    var values = {};
    FIELDS.forEach(function (f) { var e = form.elements[f]; values[f] = e ? e.value : ''; });
    return values;
  }

  function toForm(values) {
    FIELDS.forEach(function (f) { var e = form.elements[f]; if (e && values[f] !== undefined) e.value = values[f]; });
  }

  // Searching in place keeps the index parts already loaded; the address still says what was asked, where
  // the browser lets a page change it (not all do for file:// pages).
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var values = fromForm();
    try {
      var params = new URLSearchParams();
      FIELDS.forEach(function (f) { if (values[f]) params.set(f, values[f]); });
      history.replaceState(null, '', '?' + params.toString());
    } catch (e) { /* the address stays as it was */ }
    search(values.q, filtersOf(values));
  });

  var params = new URLSearchParams(location.search);
  var initial = {};
  FIELDS.forEach(function (f) { initial[f] = params.get(f) || ''; });
  toForm(initial);
  load('meta');
  search(initial.q, filtersOf(initial));
})();
