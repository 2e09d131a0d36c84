/**
 * The extension's in-page UIs live in *closed* shadow roots: a page's scripts (and so `evaluate`,
 * which runs as one) see `host.shadowRoot === null`. Tests that look at the UI the way the reader
 * does reach them through the browser's automation protocol instead (CDP `DOM.describeNode` with
 * `pierce`, WebDriver BiDi serialization with `includeShadowTree: 'all'`), which no page can use:
 * `revealShadowRoots` sets each host's `shadowRoot` in the page's world to its closed root, for the
 * test's page functions only. A hostile-page test evaluates before any reveal on that document.
 */
import type { RawHandles } from './browsers';

/** The attribute every host of the extension's in-page UI carries (lib/dom UI_ATTRIBUTE). */
const HOSTS = '[data-gzbg-ui]';
const SET_ROOT = 'function (root) { if (this.shadowRoot !== root) Object.defineProperty(this, "shadowRoot", { value: root, configurable: true }); }';

type CdpSession = { send(method: string, params?: object): Promise<any> };
type BidiConnection = { send(method: string, params: object): Promise<{ result: any }> };

const sessions = new WeakMap<object, Promise<CdpSession>>();

async function revealChromium(raw: Extract<RawHandles, { name: 'chromium' }>): Promise<void> {
  let session = sessions.get(raw.page);
  if (!session) {
    session = raw.context.newCDPSession(raw.page) as Promise<CdpSession>;
    sessions.set(raw.page, session);
  }
  const cdp = await session;
  const list = await cdp.send('Runtime.evaluate', { expression: `Array.from(document.querySelectorAll('${HOSTS}'))` });
  if (!list.result?.objectId) return;
  const props = await cdp.send('Runtime.getProperties', { objectId: list.result.objectId, ownProperties: true });
  for (const p of props.result as Array<{ name: string; value?: { objectId?: string } }>) {
    const hostId = /^\d+$/.test(p.name) ? p.value?.objectId : undefined;
    if (!hostId) continue;
    const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 1, pierce: true });
    const rootNode = (node.shadowRoots ?? [])[0];
    if (!rootNode) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: rootNode.backendNodeId });
    await cdp.send('Runtime.callFunctionOn', { objectId: hostId, functionDeclaration: SET_ROOT, arguments: [{ objectId: object.objectId }] });
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'console' }).catch(() => undefined);
}

async function revealFirefox(raw: Extract<RawHandles, { name: 'firefox' }>): Promise<void> {
  // puppeteer's BiDi browser exposes its connection (not in the public Browser type).
  const { connection } = raw.browser as unknown as { connection: BidiConnection };
  const context = (raw.page.mainFrame() as unknown as { _id: string })._id;
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration: `() => Array.from(document.querySelectorAll('${HOSTS}'))`,
    awaitPromise: false,
    target: { context },
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: 1 },
  });
  const hosts = (result?.result?.value ?? []) as Array<{ sharedId?: string; value?: { shadowRoot?: { sharedId?: string } | null } }>;
  for (const host of hosts) {
    const root = host.value?.shadowRoot?.sharedId;
    if (!host.sharedId || !root) continue;
    await connection.send('script.callFunction', {
      functionDeclaration: SET_ROOT,
      awaitPromise: false,
      target: { context },
      this: { sharedId: host.sharedId },
      arguments: [{ sharedId: root }],
    });
  }
}

/** Gives the test's page functions `host.shadowRoot` for every in-page UI host present now. */
export async function revealShadowRoots(raw: RawHandles): Promise<void> {
  if (raw.name === 'chromium') await revealChromium(raw);
  else await revealFirefox(raw);
}

/**
 * Polls `fn(arg)` in the page, with the closed roots revealed before each poll, until it is truthy;
 * returns its value. For runners without a Driver (the demo, the benches).
 */
export async function pollRevealed<A, T>(raw: RawHandles, fn: (arg: A) => T, arg: A, timeoutMs = 30_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await revealShadowRoots(raw);
      const v = await (raw.page.evaluate as (f: (a: A) => T, a: A) => Promise<T>)(fn, arg);
      if (v) return v;
    } catch {
      // a navigation under the poll: poll again
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${fn.toString().slice(0, 160)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
