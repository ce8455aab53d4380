// `npm start` and the Office dev certificate: a failed install is said, never silently replaced
// by a self-signed one; on Windows and macOS (Word desktop blocks such a pane) start stops.
import { certificateCheck } from '../../scripts/dev';

const fails = (): Promise<never> => Promise.reject(new Error('需要管理员权限'));

test('an installed certificate says nothing and goes on', async () => {
  expect(await certificateCheck(() => Promise.resolve(), 'win32', {})).toEqual({ stop: false });
});

test.each(['win32', 'darwin'] as const)(
  'on %s a failed install stops start with the reason',
  async (p) => {
    const r = await certificateCheck(fails, p, {});
    expect(r.stop).toBe(true);
    expect(r.message?.split('\n')[0]).toBe('未能安装并信任 Office 开发证书：需要管理员权限');
    expect(r.message).toContain('GOUJI_SELF_SIGNED=1');
  },
);

test('on Linux a failed install is said and start goes on with a self-signed certificate', async () => {
  const r = await certificateCheck(fails, 'linux', {});
  expect(r.stop).toBe(false);
  expect(r.message?.split('\n')[1]).toBe(
    '将改用自签名证书：请先在浏览器中打开任务窗格地址并接受证书，否则 Word 网页版无法加载任务窗格。',
  );
});

test('GOUJI_SELF_SIGNED=1 opts into the self-signed certificate without installing', async () => {
  const install = jest.fn(fails);
  expect(await certificateCheck(install, 'win32', { GOUJI_SELF_SIGNED: '1' })).toEqual({
    stop: false,
  });
  expect(install).not.toHaveBeenCalled();
});

test('an install that hangs (a password prompt nobody answers) times out and is said', async () => {
  const r = await certificateCheck(() => new Promise(() => undefined), 'darwin', {}, 50);
  expect(r).toMatchObject({ stop: true });
  expect(r.message?.split('\n')[0]).toBe('未能安装并信任 Office 开发证书：超时 0.05 秒');
});
