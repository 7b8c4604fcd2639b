/**
 * The portal's only static files: one small stylesheet and one small script (the feedback form's
 * proof of work), served under content-hashed names so they can be cached for a year.
 */
import { createHash } from 'node:crypto';

const CSS = `*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#1f1f1f;background:#fafafa}
a{color:#0b57d0}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
header{background:#0b3d91;color:#fff;padding:8px 16px;display:flex;flex-wrap:wrap;gap:8px 20px;align-items:center}
header a{color:#fff}header .brand{font-weight:700;font-size:1.2rem;text-decoration:none}
header nav{display:flex;gap:4px 16px;flex-wrap:wrap;flex:1}
header a{display:inline-block;padding:10px 0}
main{max-width:1080px;margin:0 auto;padding:16px}
footer{max-width:1080px;margin:24px auto;padding:0 16px;color:#444;font-size:.9rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5em 0}h2{font-size:1.25rem;margin:1.4em 0 .5em}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:0;padding:0}
.figures div{background:#fff;border:1px solid #ddd;border-radius:8px;padding:12px}
.figures dt{font-size:.85rem;color:#444}.figures dd{margin:0;font-size:1.5rem;font-weight:700}
.table{overflow-x:auto;content-visibility:auto;contain-intrinsic-size:auto 400px}table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #ddd;vertical-align:top}th{font-size:.9rem}
td.n,th.n{text-align:right}
.band{display:inline-block;padding:0 6px;border-radius:4px;color:#fff;font-size:.85rem}
.band-baik{background:#1b7f3b}.band-cukup{background:#b35c00}.band-kurang{background:#b3261e}.band-none{background:#5f6368}
.map svg{width:100%;height:auto;max-width:900px}.map a:focus rect{stroke:#000;stroke-width:3}
.muted{color:#444;font-size:.9rem}
form.search{display:flex;gap:8px;flex-wrap:wrap;margin:12px 0}
input,select,textarea,button{font:inherit}input,select,textarea{padding:6px;border:1px solid #767676;border-radius:4px;max-width:100%}
textarea{width:100%;min-height:8em}
button{padding:6px 14px;border:0;border-radius:4px;background:#0b57d0;color:#fff;cursor:pointer}
button[disabled]{background:#767676}
.field{margin:12px 0}.field label{display:block;font-weight:600}
.hp{position:absolute;left:-9999px}
.card-img,.card svg{max-width:100%;height:auto;border:1px solid #ddd}.card svg{width:600px}
.downloads a{display:inline-block;padding:10px 8px 10px 0;margin-right:8px}
ul.plain{padding-left:1.2em}ul.plain li{margin:8px 0}
footer a{display:inline-block;padding:10px 0}
.answer{background:#fff;border-left:4px solid #1b7f3b;padding:8px 12px;margin:8px 0}
`;

const JS = `(()=>{const f=document.getElementById('feedback-form');if(!f)return;const s=document.getElementById('feedback-status');const e=new TextEncoder();
const z=d=>{let n=0;for(const b of d){if(b===0){n+=8;continue}return n+Math.clz32(b)-24}return n};
const solve=async(c,k)=>{for(let n=0;n<2**Math.min(k+8,40);n++){const d=new Uint8Array(await crypto.subtle.digest('SHA-256',e.encode(c+n)));if(z(d)>=k)return String(n)}throw new Error('proof of work')};
f.addEventListener('submit',async ev=>{ev.preventDefault();const btn=f.querySelector('button[type=submit]');btn.disabled=true;s.textContent=f.dataset.working;
try{const data=Object.fromEntries([...new FormData(f)].filter(([,v])=>String(v).trim()!==''));
const h={accept:'application/json','accept-language':document.documentElement.lang};
const c=await(await fetch('/api/public/feedback/challenge',{headers:h})).json();const nonce=await solve(c.challenge,c.difficulty);
const r=await fetch('/api/public/feedback',{method:'POST',headers:{...h,'content-type':'application/json'},body:JSON.stringify({...data,challenge:c.challenge,nonce})});
const b=await r.json();if(!r.ok){const d=b.error&&b.error.details;throw new Error([b.error&&b.error.message].concat(Array.isArray(d)?d.map(x=>x.message):[]).join(' '))}
location.assign(f.dataset.followUp.replace('TICKET',encodeURIComponent(b.ticket)))}catch(x){s.textContent=f.dataset.failed+' '+x.message;btn.disabled=false}})})();
`;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export interface PortalAsset {
  path: string;
  body: string;
  contentType: string;
}

export const PORTAL_CSS: PortalAsset = {
  path: `/portal/assets/portal-${hash(CSS)}.css`,
  body: CSS,
  contentType: 'text/css; charset=utf-8',
};
export const PORTAL_JS: PortalAsset = {
  path: `/portal/assets/feedback-${hash(JS)}.js`,
  body: JS,
  contentType: 'text/javascript; charset=utf-8',
};
