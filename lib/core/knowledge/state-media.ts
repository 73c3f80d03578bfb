/**
 * News outlets a state runs, by the state that runs them: what pack:check holds a fact against when
 * its only sources are one state's media (pack-rules.ts). Agencies, broadcasters and papers only: a
 * government's own site is the primary source for that government's acts and is cited as such.
 *
 * Written by hand: no data package lists state media. Each outlet carries the names a fact would
 * credit it by ("TASS reported", "according to Anadolu"), and the hosts its pages are served from.
 */
import { onSite } from '../base/hosts';

export interface StateOutlet {
  state: string;
  names: readonly string[];
  hosts: readonly string[];
}

export const STATE_OUTLETS: readonly StateOutlet[] = [
  { state: 'Russia', names: ['TASS'], hosts: ['tass.com', 'tass.ru'] },
  { state: 'Russia', names: ['RIA Novosti', 'RIA'], hosts: ['ria.ru'] },
  { state: 'Russia', names: ['RT'], hosts: ['rt.com'] },
  { state: 'Russia', names: ['Sputnik'], hosts: ['sputniknews.com', 'sputnikglobe.com'] },
  { state: 'Russia', names: ['Rossiyskaya Gazeta'], hosts: ['rg.ru'] },
  { state: 'China', names: ['Xinhua'], hosts: ['xinhuanet.com', 'news.cn'] },
  { state: 'China', names: ['Global Times'], hosts: ['globaltimes.cn'] },
  { state: 'China', names: ['China Daily'], hosts: ['chinadaily.com.cn', 'chinadailyhk.com'] },
  { state: 'China', names: ['CGTN'], hosts: ['cgtn.com'] },
  { state: 'China', names: ["People's Daily"], hosts: ['people.cn', 'people.com.cn'] },
  { state: 'Iran', names: ['IRNA'], hosts: ['irna.ir'] },
  { state: 'Iran', names: ['Tasnim'], hosts: ['tasnimnews.com'] },
  { state: 'Iran', names: ['Press TV'], hosts: ['presstv.ir', 'presstv.com'] },
  { state: 'Iran', names: ['Fars'], hosts: ['farsnews.ir'] },
  { state: 'Iran', names: ['Mehr'], hosts: ['mehrnews.com'] },
  { state: 'Iran', names: ['IRIB'], hosts: ['irib.ir', 'iribnews.ir'] },
  { state: 'Iran', names: ['Tehran Times'], hosts: ['tehrantimes.com'] },
  { state: 'Turkey', names: ['Anadolu'], hosts: ['aa.com.tr'] },
  { state: 'Turkey', names: ['TRT'], hosts: ['trtworld.com', 'trthaber.com', 'trt.net.tr', 'trt.global'] },
  { state: 'North Korea', names: ['KCNA'], hosts: ['kcna.kp', 'kcnawatch.org'] },
  { state: 'Syria', names: ['SANA'], hosts: ['sana.sy'] },
  { state: 'Egypt', names: ['Al-Ahram', 'Ahram'], hosts: ['ahram.org.eg'] },
  { state: 'United Arab Emirates', names: ['WAM'], hosts: ['wam.ae'] },
  { state: 'Saudi Arabia', names: ['SPA', 'Saudi Press Agency'], hosts: ['spa.gov.sa'] },
  { state: 'Qatar', names: ['QNA'], hosts: ['qna.org.qa'] },
  { state: 'Kuwait', names: ['KUNA'], hosts: ['kuna.net.kw'] },
  {
    state: 'Venezuela',
    names: ['VTV', 'Correo del Orinoco', 'teleSUR'],
    hosts: ['vtv.gob.ve', 'correodelorinoco.gob.ve', 'telesurtv.net'],
  },
  { state: 'Cuba', names: ['Granma', 'Prensa Latina'], hosts: ['granma.cu', 'prensa-latina.cu'] },
  { state: 'Belarus', names: ['BelTA'], hosts: ['belta.by'] },
  { state: 'Ukraine', names: ['Ukrinform'], hosts: ['ukrinform.net', 'ukrinform.ua'] },
  { state: 'Pakistan', names: ['APP', 'Associated Press of Pakistan'], hosts: ['app.com.pk'] },
];

/** The state outlet a page is served by, if any: its host or a subdomain of it (ar.mehrnews.com). */
export function stateOutletOf(url: string): StateOutlet | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return STATE_OUTLETS.find((o) => o.hosts.some((h) => onSite(host, h)));
}

/** "state news agency", "state-run media", "state broadcaster": the text says whose account it is. */
const SAYS_STATE_MEDIA =
  /\bstate[- ](?:run |owned )?(?:news agency|media|broadcaster|TV|television|news|newspaper|daily)\b/i;

/**
 * Whether a text credits one of `outlets` (by a name it goes by) or says it rests on state media:
 * a fact whose only sources are one state's outlets must say whose account it is.
 */
export function creditsStateMedia(text: string, outlets: readonly StateOutlet[]): boolean {
  if (SAYS_STATE_MEDIA.test(text)) return true;
  return outlets.some((o) => o.names.some((name) => new RegExp(`\\b${escaped(name)}\\b`).test(text)));
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
