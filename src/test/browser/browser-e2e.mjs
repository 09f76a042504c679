#!/usr/bin/env node
// End-to-end check of Neo4j Browser as PolicyGraph serves it, in Debian's headless Chromium.
//
//   node browser-e2e.mjs --url http://127.0.0.1:8080/browser/ --bolt bolt://localhost:7687 \
//        --query "MATCH (n) RETURN count(n)" --expect "count(n)" [--expect more ...] \
//        [--expect-selector 'circle.b-outline[fill="#FFD92F"]'] --screenshot out.png
//
// Opens the Browser with ?connectURL=<bolt>, picks "No authentication", connects, types the query
// into the editor, runs it and waits until the newest result frame shows every expected text (and, with
// --expect-selector, holds an element that matches it: a node drawn in a given colour); then saves a
// screenshot and exits 0. The query may be a Browser command (:play URL). Any failure exits 1 with one line on stderr, and a screenshot of the
// page as it was goes to --failure-screenshot (default: next to --screenshot, as *-failure.png).
//
// Uses the system Chromium (/usr/bin/chromium or $CHROMIUM); never downloads a browser. All traffic
// other than to 127.0.0.1 / localhost is refused, both by request routing and by the host resolver.

import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const STEP_TIMEOUT_MS = 30_000;
const RESULT_TIMEOUT_MS = 60_000;
const OVERALL_TIMEOUT_MS = 150_000;

function fail(message) {
	process.stderr.write(`browser-e2e: FAIL: ${String(message).split('\n')[0]}\n`);
	process.exit(1);
}

function parseArgs(argv) {
	const opts = { expect: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const value = () => {
			if (i + 1 >= argv.length) {
				fail(`missing value for ${arg}`);
			}
			return argv[++i];
		};
		switch (arg) {
			case '--url': opts.url = value(); break;
			case '--bolt': opts.bolt = value(); break;
			case '--query': opts.query = value(); break;
			case '--expect': opts.expect.push(value()); break;
			case '--expect-selector': opts.selector = value(); break;
			case '--screenshot': opts.screenshot = value(); break;
			case '--failure-screenshot': opts.failureScreenshot = value(); break;
			case '--help':
				process.stdout.write('usage: node browser-e2e.mjs --url URL --bolt BOLT_URI --query CYPHER --expect TEXT [--expect TEXT ...] --screenshot PNG [--failure-screenshot PNG]\n');
				process.exit(0);
				break;
			default: fail(`unknown argument ${arg}`);
		}
	}
	for (const name of ['url', 'bolt', 'query', 'screenshot']) {
		if (!opts[name]) {
			fail(`--${name} is required`);
		}
	}
	if (opts.expect.length === 0) {
		fail('at least one --expect is required');
	}
	for (const [name, value] of [['url', opts.url], ['bolt', opts.bolt]]) {
		let host;
		try {
			host = new URL(value).hostname;
		}
		catch {
			fail(`--${name} is not a URL: ${value}`);
		}
		if (!isLocalHost(host)) {
			fail(`--${name} must point at 127.0.0.1 or localhost, was ${value}`);
		}
	}
	return opts;
}

function isLocalHost(host) {
	return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

function browserUrl(url, bolt) {
	const u = new URL(url);
	u.searchParams.set('connectURL', bolt);
	return u.toString();
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
	if (!existsSync(executablePath)) {
		fail(`Chromium not found at ${executablePath} (install Debian's chromium or set CHROMIUM)`);
	}
	let chromium;
	try {
		({ chromium } = await import('playwright-core'));
	}
	catch (ex) {
		fail(`playwright-core is not installed next to this script (run npm ci in ${dirname(new URL(import.meta.url).pathname)}): ${ex.message}`);
	}

	const screenshot = resolve(opts.screenshot);
	mkdirSync(dirname(screenshot), { recursive: true });
	const failureShot = opts.failureScreenshot ? resolve(opts.failureScreenshot) : screenshot.replace(/(\.png)?$/i, '-failure.png');
	mkdirSync(dirname(failureShot), { recursive: true });
	const profile = mkdtempSync(join(tmpdir(), 'browser-e2e-profile-'));

	let browser;
	let page;
	let step = 'launching Chromium';
	const consoleErrors = [];
	const watchdog = setTimeout(() => {
		process.stderr.write(`browser-e2e: FAIL: overall time limit of ${OVERALL_TIMEOUT_MS / 1000} s reached while ${step}\n`);
		process.exit(1);
	}, OVERALL_TIMEOUT_MS);
	watchdog.unref();

	try {
		// launchPersistentContext gives Chromium the fresh, empty --user-data-dir.
		const context = await chromium.launchPersistentContext(profile, {
			executablePath,
			headless: true,
			timeout: STEP_TIMEOUT_MS,
			viewport: { width: 1400, height: 900 },
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				// Nothing but loopback resolves, so neither page nor WebSocket can leave the machine.
				'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
			],
		});
		browser = context;
		context.setDefaultTimeout(STEP_TIMEOUT_MS);
		await context.route('**/*', (route) => {
			let host = '';
			try {
				host = new URL(route.request().url()).hostname;
			}
			catch {
				// data: and the like have no host and stay local
				return route.continue();
			}
			const scheme = new URL(route.request().url()).protocol;
			if (scheme === 'data:' || scheme === 'blob:' || isLocalHost(host)) {
				return route.continue();
			}
			return route.abort('blockedbyclient');
		});

		page = context.pages()[0] ?? await context.newPage();
		page.on('console', (msg) => {
			if (msg.type() === 'error') {
				consoleErrors.push(msg.text());
			}
		});

		step = `opening ${opts.url}`;
		const response = await page.goto(browserUrl(opts.url, opts.bolt), { waitUntil: 'domcontentloaded' });
		if (!response || !response.ok()) {
			throw new Error(`GET ${opts.url} answered ${response ? response.status() : 'nothing'}`);
		}

		step = 'waiting for the connect form';
		const auth = page.locator('select[data-testid="authenticationMethod"]');
		await auth.waitFor({ state: 'visible' });

		step = 'choosing No authentication';
		await auth.selectOption('NO_AUTH');

		step = 'connecting';
		await page.locator('button[data-testid="connect"]').click();

		step = `waiting for the connection to ${opts.bolt}`;
		await waitForConnected(page, opts.bolt);

		step = 'typing the query';
		const editor = page.locator('.monaco-editor textarea').first();
		await editor.waitFor({ state: 'attached' });
		await editor.focus();
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.press('Backspace');
		// Pasted, not typed: typing lets Monaco auto-close brackets and quotes, which changes the query.
		await editor.evaluate((textarea, text) => {
			const data = new DataTransfer();
			data.setData('text/plain', text);
			textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
		}, opts.query);
		const typed = await page.locator('.monaco-editor .view-lines').first().innerText();
		if (typed.replace(/\s+/g, ' ').trim() !== opts.query.replace(/\s+/g, ' ').trim()) {
			throw new Error(`the editor holds ${JSON.stringify(typed)} instead of the query`);
		}

		const framesBefore = await page.locator('[data-testid="frame"]').count();

		step = 'running the query';
		await page.keyboard.press('ControlOrMeta+Enter');

		step = `waiting up to ${RESULT_TIMEOUT_MS / 1000} s for the result frame to show ${JSON.stringify(opts.expect)}`;
		const frame = await waitForResult(page, opts.query, opts.expect, framesBefore, opts.selector);

		step = `saving the screenshot to ${screenshot}`;
		await frame.scrollIntoViewIfNeeded();
		await page.screenshot({ path: screenshot, fullPage: false });
		process.stdout.write(`browser-e2e: OK: ${opts.bolt} answered the query with ${JSON.stringify(opts.expect)}; screenshot ${screenshot}\n`);
	}
	catch (ex) {
		if (page) {
			await page.screenshot({ path: failureShot, timeout: 5_000 }).catch(() => {});
		}
		const hint = consoleErrors.filter((e) => !/ERR_BLOCKED_BY_CLIENT|ERR_NAME_NOT_RESOLVED/.test(e)).slice(-1)[0];
		const message = (ex && ex.message ? ex.message : String(ex)).split('\n')[0];
		await browser?.close().catch(() => {});
		rmSync(profile, { recursive: true, force: true });
		fail(`while ${step}: ${message}${hint ? ` (last console error: ${hint.slice(0, 200)})` : ''} (page: ${failureShot})`);
	}
	await browser.close().catch(() => {});
	rmSync(profile, { recursive: true, force: true });
	clearTimeout(watchdog);
}

/** The connect form goes away and the Browser reports itself connected (or shows the connect error). */
async function waitForConnected(page, bolt) {
	const deadline = Date.now() + STEP_TIMEOUT_MS;
	while (Date.now() < deadline) {
		const connectError = page.locator('[data-testid="frame"]').filter({ hasText: /ServiceUnavailable|Connection refused|WebSocket connection failure|could not/i });
		if (await connectError.count() > 0) {
			throw new Error(`connect failed: ${(await connectError.first().innerText()).replace(/\s+/g, ' ').slice(0, 200)}`);
		}
		const stillForm = await page.locator('button[data-testid="connect"]').isVisible().catch(() => false);
		const connected = await page.getByText(/You are connected as user|Connected to Neo4j|connected as/i).count();
		if (!stillForm && connected > 0) {
			return;
		}
		await page.waitForTimeout(250);
	}
	throw new Error(`no connection to ${bolt} within ${STEP_TIMEOUT_MS / 1000} s`);
}

/**
 * Newest frame, for this query, whose result shows every expected text. In a result table a text
 * matches a cell (or column header) whose text, without the quotes Browser puts around strings,
 * equals it, or, for a text that is not a number, contains it; so "4" does not match "14" nor the
 * status line's "after 4 ms". Results without a table (graph view) are matched on the result's text.
 * An error shown in the new frame ends the wait early.
 */
async function waitForResult(page, query, expect, framesBefore, selector) {
	const deadline = Date.now() + RESULT_TIMEOUT_MS;
	const frames = page.locator('[data-testid="frame"]');
	const normalise = (text) => text.replace(/\s+/g, ' ').trim();
	let lastText = '';
	while (Date.now() < deadline) {
		if (await frames.count() > framesBefore) {
			// Browser puts the newest frame first.
			const frame = frames.first();
			const command = normalise(await frame.locator('[data-testid="frameCommand"]').first().innerText().catch(() => ''));
			if (command === normalise(query)) {
				const error = frame.locator('[data-testid="cypherFrameErrorMessage"], [data-testid="errorBanner"]');
				if (await error.count() > 0) {
					throw new Error(`query failed: ${normalise(await error.first().innerText()).slice(0, 300)}`);
				}
				const contents = frame.locator('[data-testid="frameContents"]');
				lastText = normalise(await contents.innerText().catch(() => ''));
				const cells = (await contents.locator('[role="cell"], [role="columnheader"]').allInnerTexts().catch(() => []))
					.map((text) => normalise(text).replace(/^"(.*)"$/s, '$1'));
				const shown = (text) => cells.length > 0
					? cells.some((cell) => cell === text || (!/^[-+]?\d+(\.\d+)?$/.test(text) && cell.includes(text)))
					: lastText.includes(text);
				if (expect.every(shown) && (!selector || await contents.locator(selector).count() > 0)) {
					return frame;
				}
			}
		}
		await page.waitForTimeout(250);
	}
	throw new Error(`result frame did not show ${JSON.stringify(expect)}${selector ? ` and ${selector}` : ''} within ${RESULT_TIMEOUT_MS / 1000} s; it showed: ${lastText.slice(0, 300) || '(no result for the query)'}`);
}

main().catch((ex) => fail(ex && ex.message ? ex.message : ex));
