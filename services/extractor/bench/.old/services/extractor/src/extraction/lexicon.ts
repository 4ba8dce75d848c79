import type { TargetTypeT, WeaponT } from './types';

/** Target words, most specific first. */
export const TARGET_WORDS: [RegExp, TargetTypeT][] = [
  [/\b(?:hospitals?|clinics?|maternity|medical|ambulances?|health(?:care)? facilit\w+)\b/i, 'healthcare'],
  [/\b(?:ports?|harbou?rs?|berths?|docks?|grain terminals?|terminals?|cargo ships?|ships?|vessels?|tankers?|shipyards?)\b/i, 'port'],
  [/\b(?:power (?:plants?|stations?|lines?|grid|infrastructure|facilit\w+)|substations?|energy|electricity|gas|oil|refiner(?:y|ies)|fuel|thermal|hydroelectric|dams?|pipelines?|heating plants?|grid|power)\b/i, 'energy'],
  [/\b(?:trains?|railways?|rail(?:way)? stations?|stations?|buses|bus|bridges?|trams?|trolleybus\w*|railroad|rail|locomotives?|airports?|roads?|highways?|minibus\w*)\b/i, 'transport'],
  [/\b(?:apartments?|apartment blocks?|residential|homes?|houses?|housing|blocks? of flats|high-rises?|dormitor(?:y|ies)|neighbou?rhoods?|flats)\b/i, 'residential'],
  [/\b(?:airfields?|air ?bases?|military|barracks|training (?:unit|ground|centre|center)s?|command posts?|ammunition|depots?|troops|soldiers|bombers|positions|bases?|arsenals?|radar|air defen[cs]e)\b/i, 'military'],
  [/\b(?:industrial|factor(?:y|ies)|plants?|enterprises?|warehouses?|workshops?|defen[cs]e[- ]industr\w*|manufactur\w+|chemical)\b/i, 'industrial'],
  [/\b(?:government buildings?|administration buildings?|parliament|city hall|ministry buildings?|cabinet)\b/i, 'government'],
];

export const WEAPON_WORDS: [RegExp, WeaponT][] = [
  [/\b(?:glide[- ]bombs?|guided (?:aerial )?bombs?|KABs?|aerial bombs?)\b/i, 'glide-bomb'],
  [/\b(?:missiles?|Iskanders?|Kinzhals?|Kalibrs?|ATACMS|Storm Shadows?|Tomahawks?|Oreshnik|Neptunes?)\b/i, 'missile'],
  [/\b(?:drones?|UAVs?|Shaheds?|Gerans?|unmanned aerial vehicles?|kamikaze)\b/i, 'drone'],
  [/\b(?:artillery|shelling|shelled|shells|mortars?|howitzers?|MLRS|Grad rockets?|rocket launchers?|multiple rocket)\b/i, 'artillery'],
  [/\b(?:air ?strikes?|airstrikes?|warplanes?|fighter jets?|bombing raids?|aircraft dropped|jets? dropped)\b/i, 'aircraft'],
];

export const STRIKE_TRIGGER = /\b(?:strikes?|struck|striking|hit|hits|hitting|attack(?:s|ed|ing)?|shell(?:ing|ed)|bombard\w*|pound(?:ed|s|ing)|targeted|targeting|launched|fired|firing|raids?|barrage|bombing|bombed|slammed)\b/i;
export const ATTACK_NOUN = /\b(?:attacks?|strikes?|barrage|bombardment|shelling|raid|assault|offensive)\b/i;
export const LABOUR = /\b(?:workers|union|walk(?:ed)?[- ]?out|pay rise|wages?|strikers|industrial action|picket\w*|stoppage|drivers)\b/i;
export const NOT_A_STRIKE = /\b(?:refrain\w*|hold(?:ing)? back|halt(?:ed|ing)? (?:in|of)? ?(?:strikes|attacks)|pause|moratorium|truce|den(?:y|ies|ied)|would|could|might|threaten\w*|vow\w*|if|unless|only)\b/i;
export const DEAL = /\bstrik(?:e|es|ing|ed|uck) (?:a |an |the )?(?:deal|agreement|bargain|balance|chord|tone|note|compromise)\b/gi;
export const HYPOTHETICAL = /\b(?:could|would|might|may|if|unless|threaten\w*|risk\w*|projected|forecast|expected to|likely to)\b/i;
