// review.html's style and script. The script is plain ES2017 without libraries (supervisors open
// the page in whatever browser the office has): it decodes the rows (html-data), draws only those
// in view, sorts and filters an index of them, and shows one report's findings at a time. Text
// from the documents is only ever set with textContent.

export const PAGE_CSS = `
:root{--err:#c62828;--warn:#b26a00;--ok:#2e7d32;--bad:#6a1b9a;--line:#d9dde3;--muted:#5f6b7a}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2933;background:#f7f8fa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}
.meta{color:var(--muted);margin:0}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 16px;min-width:110px}
.card b{display:block;font-size:22px}.card span{color:var(--muted)}
.card.err b{color:var(--err)}.card.warn b{color:var(--warn)}.card.ok b{color:var(--ok)}.card.bad b{color:var(--bad)}
section.panel{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px}
ul.unreadable{max-height:240px;overflow:auto;margin:0}
svg text{font-size:13px;fill:#1f2933}svg .n{fill:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center;margin-bottom:10px}
.filters input{width:260px;padding:4px 8px}.filters select{padding:4px}
#shown{color:var(--muted)}
#viewport{max-height:70vh;overflow:auto;border:1px solid var(--line);background:#fff}
table{border-collapse:collapse;width:100%;background:#fff}
#reports{table-layout:fixed;min-width:1000px;border-collapse:separate;border-spacing:0}
#reports th,#reports td{border-width:0 1px 1px 0}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
#reports td{height:34px;padding:0 8px;line-height:33px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
#reports th:nth-child(1){width:20%}#reports th:nth-child(2){width:23%}
#reports th:nth-child(3),#reports th:nth-child(4),#reports th:nth-child(5),#reports th:nth-child(6){width:7%}
#reports th:nth-child(7){width:9%}#reports th:nth-child(8){width:14%}#reports th:nth-child(9){width:6%}
#reports thead th{position:sticky;top:0;z-index:1}
#reports tfoot td{position:sticky;bottom:0}
#reports tr.gap td{border:0;padding:0}
thead th{background:#eef1f5;white-space:nowrap}
thead th button{all:unset;cursor:pointer;font-weight:600}
thead th button::after{content:" ↕";color:#9aa5b1}
thead th[aria-sort=ascending] button::after{content:" ↑";color:#1f2933}
thead th[aria-sort=descending] button::after{content:" ↓";color:#1f2933}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tfoot td{background:#eef1f5;font-weight:600}
.file{color:var(--muted)}
.st{display:inline-block;padding:0 8px;border-radius:10px;color:#fff;white-space:nowrap;line-height:20px}
.st-pass{background:var(--ok)}.st-error{background:var(--err)}.st-warning{background:var(--warn)}.st-unreadable{background:var(--bad)}.st-not-report{background:var(--muted)}
.pair{color:#1565c0;white-space:nowrap}
button.toggle{cursor:pointer;padding:1px 10px}
#detail{margin-top:12px}#detail h3{margin:0 0 8px;font-size:16px}
table.findings th{background:#f3f4f6}
.sev-error{color:var(--err);font-weight:600}.sev-warning{color:var(--warn);font-weight:600}
q{color:#37474f}
.reason{color:var(--bad)}
ul.unreadable li{margin:4px 0}
`;

export const PAGE_SCRIPT = `
(function(){
  'use strict';
  var ROW=34,OVER=12;
  var names=JSON.parse(document.getElementById('names').textContent);
  var S=[];
  function str(v){if(v===null||v===undefined)return null;if(typeof v==='number')return S[v];S.push(v);return v;}
  var rows=[];
  document.getElementById('data').textContent.split('\\n').forEach(function(line){
    if(!line)return;
    var a=JSON.parse(line);
    var r={agency:str(a[0]),dir:str(a[1])||'',file:str(a[2])||'',year:a[3]==null?null:a[3],
      version:a[4]==null?null:a[4],errors:a[5]||0,warnings:a[6]||0,status:a[7]||0,
      prevYear:a[8]==null?null:a[8],prevRel:str(a[9]),unpaired:str(a[10]),error:str(a[11]),findings:[]};
    (a[12]||[]).forEach(function(f){
      r.findings.push({rule:str(f[0]),sev:f[1],section:f[2],message:str(f[3]),quote:str(f[4]),
        cell:str(f[5]),expected:str(f[6]),actual:str(f[7])});
    });
    r.rel=r.dir+r.file;
    rows.push(r);
  });
  var STATUS=['pass','warning','error','not-report','unreadable'];
  function unreadable(r){return r.status>=3;}
  // Sort values, by column: '' sorts last either way.
  var KEYS=[
    function(r){return r.agency||'';},function(r){return r.rel;},
    function(r){return r.year===null?'':r.year;},function(r){return r.version===null?'':r.version;},
    function(r){return unreadable(r)?'':r.errors;},function(r){return unreadable(r)?'':r.warnings;},
    function(r){return r.status;},function(r){return r.prevYear===null?'':r.prevYear;}
  ];
  var viewport=document.getElementById('viewport'),table=document.getElementById('reports');
  var body=document.getElementById('rows'),detail=document.getElementById('detail');
  var text=document.getElementById('filter-text'),status=document.getElementById('filter-status');
  var shown=document.getElementById('shown');
  var order=rows.map(function(_,i){return i;}),view=order,search=null;
  function el(tag,cls,content){
    var e=document.createElement(tag);if(cls)e.className=cls;
    if(content!==undefined&&content!==null)e.textContent=String(content);return e;
  }
  function cell(tr,content,cls){var td=el('td',cls,content);tr.appendChild(td);return td;}
  function gap(h){var tr=el('tr','gap');var td=el('td');td.colSpan=9;td.style.height=h+'px';tr.appendChild(td);return tr;}
  function rowOf(i,pos){
    var r=rows[i],tr=el('tr','row');
    tr.setAttribute('aria-rowindex',String(pos+2));
    if(r.agency)cell(tr,r.agency).title=r.agency;else cell(tr).appendChild(el('span','file','（未识别）'));
    cell(tr,r.rel,'file').title=r.rel;
    cell(tr,r.year);cell(tr,r.version===null?'':r.version+' 版');
    cell(tr,unreadable(r)?'':r.errors,'num');cell(tr,unreadable(r)?'':r.warnings,'num');
    cell(tr).appendChild(el('span','st st-'+STATUS[r.status],names.status[r.status]));
    var p=cell(tr);if(r.prevYear!==null)p.appendChild(el('span','pair','与 '+r.prevYear+' 年报告比对'));
    var b=el('button','toggle','详情');b.type='button';b.setAttribute('data-i',String(i));
    b.setAttribute('aria-controls','detail');cell(tr).appendChild(b);
    return tr;
  }
  var drawn='';
  function draw(force){
    var head=table.tHead.offsetHeight;
    var first=Math.max(0,Math.floor((viewport.scrollTop-head)/ROW)-OVER);
    var last=Math.min(view.length,first+Math.ceil(viewport.clientHeight/ROW)+2*OVER);
    var key=first+':'+last;
    if(!force&&key===drawn)return;
    drawn=key;
    var f=document.createDocumentFragment();
    if(first>0)f.appendChild(gap(first*ROW));
    for(var k=first;k<last;k++)f.appendChild(rowOf(view[k],k));
    if(last<view.length)f.appendChild(gap((view.length-last)*ROW));
    body.textContent='';body.appendChild(f);
  }
  var pending=false;
  viewport.addEventListener('scroll',function(){
    if(pending)return;pending=true;
    requestAnimationFrame(function(){pending=false;draw(false);});
  });
  window.addEventListener('resize',function(){draw(true);});
  var coll=new Intl.Collator('zh-CN',{numeric:true});
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,c){
    var b=th.querySelector('button');
    if(!b)return;
    b.addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',dir);
      var num=th.getAttribute('data-type')==='number',key=KEYS[c];
      var vals=rows.map(key);
      order=rows.map(function(_,i){return i;}).sort(function(x,y){
        var a=vals[x],b=vals[y];
        if(a===''||b==='')return a===b?x-y:(a===''?1:-1);
        var d=num?a-b:coll.compare(a,b);
        return (dir==='descending'?-d:d)||x-y;
      });
      apply();
    });
  });
  function fold(s){return s.normalize('NFKC').replace(/\\s+/g,'').toLowerCase();}
  function apply(){
    var t=fold(text.value),s=status.value,e=0,w=0;
    if(t&&!search)search=rows.map(function(r){return fold((r.agency||'')+'|'+r.rel);});
    view=order.filter(function(i){
      return (!t||search[i].indexOf(t)>=0)&&(s===''||rows[i].status===Number(s));
    });
    view.forEach(function(i){e+=rows[i].errors;w+=rows[i].warnings;});
    shown.textContent='显示 '+view.length+' / '+rows.length+' 份';
    table.setAttribute('aria-rowcount',String(view.length+1));
    document.getElementById('foot-count').textContent='合计 '+view.length+' 份';
    document.getElementById('foot-errors').textContent=String(e);
    document.getElementById('foot-warnings').textContent=String(w);
    viewport.scrollTop=0;
    draw(true);
  }
  text.addEventListener('input',apply);
  status.addEventListener('change',apply);
  function show(i){
    var r=rows[i];
    detail.textContent='';
    var h=el('h3',null,(r.agency||'（未识别）')+' · '+r.rel);
    var close=el('button','toggle','关闭');close.type='button';close.style.marginLeft='12px';
    close.addEventListener('click',function(){detail.hidden=true;});
    h.appendChild(close);detail.appendChild(h);
    if(unreadable(r)){
      detail.appendChild(el('p','reason',(r.status===4?'无法读取：':'')+(r.error||'')));
    }else{
      if(r.prevYear!==null)detail.appendChild(el('p','pair','已与 '+r.prevYear+' 年报告（'+r.prevRel+'）比对。'));
      else if(r.unpaired)detail.appendChild(el('p','pair','未跨年度比对：'+r.unpaired));
      if(r.findings.length===0)detail.appendChild(el('p',null,'未发现问题。'));
      else{
        var t=el('table','findings'),hr=el('tr');
        ['级别','章节','问题类型','位置（句子或单元格）','说明','应为','实为'].forEach(function(x){hr.appendChild(el('th',null,x));});
        t.appendChild(el('thead')).appendChild(hr);
        var tb=t.appendChild(el('tbody'));
        r.findings.forEach(function(f){
          var tr=el('tr');
          cell(tr,f.sev===0?'错误':'警告','sev-'+(f.sev===0?'error':'warning'));
          cell(tr,names.sections[f.section]);
          var rule=cell(tr,names.rules[f.rule]||f.rule);rule.appendChild(el('br'));rule.appendChild(el('code',null,f.rule));
          var place=cell(tr);
          if(f.quote)place.appendChild(el('q',null,f.quote));
          if(f.quote&&f.cell)place.appendChild(el('br'));
          if(f.cell)place.appendChild(document.createTextNode(f.cell));
          cell(tr,f.message);cell(tr,f.expected);cell(tr,f.actual);
          tb.appendChild(tr);
        });
        detail.appendChild(t);
      }
    }
    detail.hidden=false;
    detail.focus();
  }
  body.addEventListener('click',function(ev){
    var b=ev.target&&ev.target.closest?ev.target.closest('button.toggle'):null;
    if(b)show(Number(b.getAttribute('data-i')));
  });
  draw(true);
  document.documentElement.setAttribute('data-ready',String(performance.now()));
})();
`;
