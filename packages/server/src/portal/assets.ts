/**
 * The portal's only static files: one small stylesheet and one small script (the feedback form's
 * proof of work), served under content-hashed names so they can be cached for a year.
 */
import { createHash } from 'node:crypto';
import { SITE_CSS } from '@pantau/core';

const CSS = `*,*::before,*::after{box-sizing:border-box}
${SITE_CSS}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;font:1rem/1.5 var(--font);color:var(--text);background:var(--bg)}
a{color:var(--accent);text-underline-offset:.15em}a:hover{color:var(--accent-dark)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.site-main{flex:1;padding-top:.5rem;padding-bottom:3rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5em 0}h2{font-size:1.25rem;margin:1.4em 0 .5em}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:0;padding:0}
.figures div{background:var(--bg);border:1px solid var(--border);border-radius:var(--radius);padding:12px;min-width:0}
.figures dt{font-size:.85rem;color:var(--muted)}.figures dd{margin:0;font-size:1.5rem;font-weight:700;overflow-wrap:anywhere}
.table{overflow-x:auto;content-visibility:auto;contain-intrinsic-size:auto 400px}table{border-collapse:collapse;width:100%;background:var(--bg)}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--border);vertical-align:top}th{font-size:.9rem}
td.n,th.n{text-align:right}
.band{display:inline-block;padding:0 6px;border-radius:4px;color:#fff;font-size:.85rem}
.band-baik{background:#1b7f3b}.band-cukup{background:#b35c00}.band-kurang{background:#b3261e}.band-none{background:#5f6368}
.map svg{width:100%;height:auto;max-width:900px}.map a:focus rect{stroke:#000;stroke-width:3}
.muted{color:var(--muted);font-size:.9rem}
form.search{display:flex;gap:8px;flex-wrap:wrap;margin:12px 0;align-items:center}form.search label{flex-basis:100%;font-weight:600}
input,select,textarea,button{font:inherit}input,select,textarea{padding:6px;border:1px solid #767676;border-radius:var(--radius);max-width:100%}
input[type=checkbox],input[type=radio]{width:auto;padding:0}
textarea{width:100%;min-height:8em}
button{padding:6px 14px;border:0;border-radius:var(--radius);background:var(--accent);color:#fff;cursor:pointer}
button:hover{background:var(--accent-dark)}button[disabled]{background:#767676}
.field{margin:12px 0}.field>label{display:block;font-weight:600}
.field input:not([type=checkbox]):not([type=radio]),.field select{width:100%;max-width:36rem}
.hint{display:block;color:var(--muted);font-size:.9rem;margin:2px 0 4px}
.error{color:var(--error-text);background:var(--error-bg);border-left:4px solid var(--error-text);padding:8px 12px}
[aria-invalid=true]{border-color:var(--error-text);border-width:2px}
.hp{position:absolute;left:-9999px}
.card-img,.card svg{max-width:100%;height:auto;border:1px solid var(--border)}.card svg{width:600px}
.downloads a{display:inline-block;padding:10px 8px 10px 0;margin-right:8px}
ul.plain{padding-left:1.2em}ul.plain li{margin:8px 0}
.snippet{max-width:100%;overflow-x:auto;white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-all;background:var(--surface);border:1px solid var(--border);border-radius:var(--radius);padding:8px 12px;font:.85rem/1.4 var(--mono)}
.answer{background:var(--bg);border-left:4px solid #1b7f3b;padding:8px 12px;margin:8px 0}
.site-footer a{display:inline-block;padding:10px 0}
`;

const JS = `(()=>{const f=document.getElementById('feedback-form');if(!f)return;const s=document.getElementById('feedback-status');const e=new TextEncoder();
const z=d=>{let n=0;for(const b of d){if(b===0){n+=8;continue}return n+Math.clz32(b)-24}return n};
const solve=async(c,k)=>{for(let n=0;n<2**Math.min(k+8,40);n++){const d=new Uint8Array(await crypto.subtle.digest('SHA-256',e.encode(c+n)));if(z(d)>=k)return String(n)}throw new Error('')};
const h={accept:'application/json','accept-language':document.documentElement.lang};
const clear=()=>{for(const x of f.querySelectorAll('[aria-invalid]')){x.removeAttribute('aria-invalid');const m=document.getElementById(x.id+'-error');if(m)m.remove();x.setAttribute('aria-describedby',(x.getAttribute('aria-describedby')||'').split(' ').filter(i=>i&&i!==x.id+'-error').join(' '))}};
const mark=(x,text)=>{x.setAttribute('aria-invalid','true');const m=document.createElement('p');m.id=x.id+'-error';m.className='error';m.textContent=text;x.insertAdjacentElement('afterend',m);x.setAttribute('aria-describedby',((x.getAttribute('aria-describedby')||'')+' '+m.id).trim())};
const local=()=>{let first=null;for(const x of f.querySelectorAll('input,textarea,select')){if(x.closest('.hp')||x.checkValidity())continue;mark(x,x.validationMessage);first=first||x}return first};
const send=async data=>{const c=await(await fetch('/api/public/feedback/challenge',{headers:h})).json();const nonce=await solve(c.challenge,c.difficulty);
const r=await fetch('/api/public/feedback',{method:'POST',headers:{...h,'content-type':'application/json'},body:JSON.stringify({...data,challenge:c.challenge,nonce})});return{r,b:await r.json()}};
f.addEventListener('submit',async ev=>{ev.preventDefault();clear();s.textContent='';const bad=local();if(bad){bad.focus();return}
const btn=f.querySelector('button[type=submit]');btn.disabled=true;s.textContent=f.dataset.working;
try{const data=Object.fromEntries([...new FormData(f)].filter(([,v])=>String(v).trim()!==''));
let{r,b}=await send(data);for(let i=0;i<3&&!r.ok&&b.error&&b.error.code==='proof_of_work_harder';i++)({r,b}=await send(data));
if(!r.ok){const er=b.error||{};let first=null;for(const d of er.details||[]){const x=f.elements.namedItem(String(d.path).replace(/^body\\./,''));if(!x||!x.id||x.getAttribute('aria-invalid'))continue;mark(x,/\\s/.test(d.message||'')?d.message:er.message);first=first||x}
s.textContent=f.dataset.failed+' '+(er.message||'');btn.disabled=false;if(first)first.focus();return}
location.assign(f.dataset.followUp.replace('TICKET',encodeURIComponent(b.ticket)))}catch(x){s.textContent=f.dataset.failed+' '+(x.message||'');btn.disabled=false}})})();
`;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export interface PortalAsset {
  path: string;
  body: string;
  contentType: string;
}

export const PORTAL_CSS: PortalAsset = {
  path: `/static/portal-${hash(CSS)}.css`,
  body: CSS,
  contentType: 'text/css; charset=utf-8',
};
export const PORTAL_JS: PortalAsset = {
  path: `/static/feedback-${hash(JS)}.js`,
  body: JS,
  contentType: 'text/javascript; charset=utf-8',
};
