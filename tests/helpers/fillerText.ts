import { seededRandom } from './seededRandom';

/** A text of `count` made-up five-letter Arabic words, the same for a seed and different between seeds. */
export function fillerText(seed: number, count: number): string {
  const random = seededRandom(seed);
  const letters = 'بتثجحخدذرزسشصضطظعغفقكلمن';
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let word = '';
    for (let j = 0; j < 5; j++) word += letters[Math.floor(random() * letters.length)];
    words.push(word);
  }
  return words.join(' ');
}
