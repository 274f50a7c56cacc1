/**
 * The task pane as a standalone page in Debian's Chromium (playwright-core), for end-to-end tests: the built dist/
 * served locally, the real Office.js library served in place of the CDN, nothing else leaving the origin; and an
 * axe scan of what is shown. (test/e2e/taskpane.test.ts keeps its own copy with more options.)
 */
import * as fs from "fs";
import * as path from "path";
import { Browser, Page, chromium } from "playwright-core";
import { serve } from "../../scripts/static-server";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");

export interface Halaman {
  buka(query?: string, width?: number, locale?: string): Promise<Page>;
  tutup(): Promise<void>;
}

export async function mulaiHalaman(): Promise<Halaman> {
  const server = await serve(path.join(ROOT, "dist"));
  const browser: Browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
  });
  return {
    async buka(query = "", width = 350, locale = "id-ID") {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale, acceptDownloads: true });
      const page = await context.newPage();
      await page.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.hostname === "appsforoffice.microsoft.com") {
          const file = path.join(OFFICE_JS, url.pathname.replace(/^\/lib\/1\/hosted\//, ""));
          return fs.existsSync(file)
            ? route.fulfill({ path: file, contentType: "text/javascript" })
            : route.fulfill({ status: 404, body: "" });
        }
        return url.origin === new URL(server.url).origin ? route.continue() : route.abort();
      });
      await page.goto(`${server.url}taskpane.html${query}`, { waitUntil: "domcontentloaded" });
      return page;
    },
    async tutup() {
      await browser.close();
      await server.close();
    },
  };
}

/** Serious and critical axe violations of the page as shown (Fluent's focus sentinels left out, as by design). */
export async function axe(page: Page): Promise<{ id: string; impact: string }[]> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, {
    timeout: 10_000,
  });
  await page.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
  const result = await page.evaluate(async () =>
    (
      window as unknown as { axe: { run: (c: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }
    ).axe.run({ exclude: [["[data-tabster-dummy]"]] }),
  );
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact }));
}

export const tanpaGeserSamping = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
