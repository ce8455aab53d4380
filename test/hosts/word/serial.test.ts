// One Word batch at a time: checks asked for while one runs collapse into one that runs next
// (the latest request wins, the callers share its result); writes queue in order.
import { Serial } from '../../../src/hosts/word/watch';

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((r) => (open = r));
  return { opened, open };
}

test('requests made before a check starts join it', async () => {
  const serial = new Serial();
  let runs = 0;
  const all = await Promise.all([1, 2, 3].map(() => serial.latest(async () => ++runs)));
  expect(all).toEqual([1, 1, 1]);
});

test('three checks asked for during a check run once more, not three times', async () => {
  const serial = new Serial();
  const first = gate();
  const runs: string[] = [];
  const a = serial.latest(async () => {
    runs.push('a');
    await first.opened;
    return 'a';
  });
  await Promise.resolve(); // a has started (requests before it starts simply join it)
  await Promise.resolve();
  expect(runs).toEqual(['a']);
  const b = serial.latest(async () => (runs.push('b'), 'b'));
  const c = serial.latest(async () => (runs.push('c'), 'c'));
  const d = serial.latest(async () => (runs.push('d'), 'd'));
  first.open();
  expect(await Promise.all([a, b, c, d])).toEqual(['a', 'b', 'b', 'b']);
  expect(runs).toEqual(['a', 'b']);
});

test('writes run one after the other, in order, even when one fails', async () => {
  const serial = new Serial();
  const order: number[] = [];
  const one = serial.run(async () => {
    await new Promise((r) => setTimeout(r, 20));
    order.push(1);
    throw new Error('失败');
  });
  const two = serial.run(async () => void order.push(2));
  await expect(one).rejects.toThrow('失败');
  await two;
  expect(order).toEqual([1, 2]);
});
