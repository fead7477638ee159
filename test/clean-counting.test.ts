// The cleaner's word counting and language guess scan text in one pass; these check them on our
// own sentences in several languages and scripts, including letters outside the BMP.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from '../src/clean/meta/language.js';
import { wordCount } from '../src/clean/text/classify.js';

test('words are runs of letters and digits, held together by apostrophes and hyphens', () => {
  assert.equal(wordCount("Norway’s Foreign Minister Espen Barth Eide met Chung Eui-yong on 3 May."), 12);
  assert.equal(wordCount('— 12 — ’ - \''), 1);
  assert.equal(wordCount('Ministère des Affaires étrangères'), 4);
  assert.equal(wordCount('외교부 장관은 오늘 회담했다'), 4);
  assert.equal(wordCount('𠮷野家 and 𝐁𝐨𝐥𝐝 text'), 4);
  assert.equal(wordCount(''), 0);
});

test('the language is read from scripts and function words', () => {
  assert.equal(detectLanguage('The minister of foreign affairs met the ambassador of Kenya in Nairobi and discussed trade.'), 'en');
  assert.equal(detectLanguage('Der Bundesminister traf den Botschafter und sprach über die Lage in der Ukraine mit dem Gast.'), 'de');
  assert.equal(detectLanguage('Le ministre a reçu les ambassadeurs et a parlé de la situation dans la région avec des experts.'), 'fr');
  assert.equal(detectLanguage('외교부 장관은 오늘 서울에서 일본 외무상과 회담을 가졌다고 밝혔다.'), 'ko');
  assert.equal(detectLanguage('Министр иностранных дел провёл переговоры с коллегой из Бразилии в Москве.'), 'ru');
  assert.equal(detectLanguage('𝐓𝐡𝐞 𝐦𝐢𝐧𝐢𝐬𝐭𝐞𝐫 𝐦𝐞𝐭 𝐭𝐡𝐞 𝐚𝐦𝐛𝐚𝐬𝐬𝐚𝐝𝐨𝐫 and the envoy of the state'), 'en');
  assert.equal(detectLanguage('Q3 2024: 17 / 42'), 'und');
});
