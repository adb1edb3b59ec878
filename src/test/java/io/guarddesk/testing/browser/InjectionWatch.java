package io.guarddesk.testing.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tells whether hostile text got into a page as markup or script, not only whether a script
 * ran: the pages' script policy would block most injected handlers, so a test that waited for
 * an alert alone would pass over a broken escape. Installed through the DevTools protocol, so
 * it runs in every document and frame before the page's own scripts and outside its policy.
 */
public final class InjectionWatch {

    /**
     * Records the page's policy violations (each one is markup the page never wrote) and every
     * dialog or print call (each one is script that ran), instead of opening them.
     */
    private static final String WATCH = """
            (() => {
              const signs = [];
              Object.defineProperty(window, '__gdSigns', {value: signs});
              const note = s => { try { top.__gdSigns.push(s); } catch (e) { signs.push(s); } };
              document.addEventListener('securitypolicyviolation',
                  e => note('policy violation ' + e.violatedDirective + ': ' + (e.sample || e.blockedURI)), true);
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                window[name] = function () { note('script ran: ' + name + '(' + [...arguments].join(',') + ')'); };
              }
            })();
            """;

    /** What a look at the finished document finds: canaries set, inline handlers, active elements nobody wrote. */
    private static final String INSPECT = """
            const signs = (window.__gdSigns || []).slice();
            if (window.gdxss !== undefined || window.__xss !== undefined) signs.push('script ran: canary set');
            for (const el of document.querySelectorAll('*')) {
              for (const a of el.attributes) {
                if (/^on/i.test(a.name)) signs.push('inline handler: ' + el.outerHTML.slice(0, 160));
                if (/^\\s*(javascript|vbscript|data):/i.test(a.value) && /^(href|src|action|formaction|data|xlink:href)$/i.test(a.name))
                  signs.push('script URL: ' + el.outerHTML.slice(0, 160));
              }
            }
            for (const el of document.querySelectorAll('iframe, object, embed, base, meta[http-equiv]:not([http-equiv="Content-Security-Policy" i]), svg script, svg animate, svg set, math, link[rel=import]'))
              signs.push('active element: ' + el.outerHTML.slice(0, 160));
            for (const el of document.querySelectorAll('script:not([nonce])'))
              if (!(el.getAttribute('src') || '').startsWith('/jakarta.faces.resource/'))
                signs.push('script without nonce: ' + el.outerHTML.slice(0, 160));
            return signs;
            """;

    private InjectionWatch() {
    }

    /** From now on, every document the browser opens is watched. */
    public static void install(Browser browser) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
    }

    /** Every sign of injected markup or script in the current document; empty when the page is inert. */
    @SuppressWarnings("unchecked")
    public static List<String> signs(Browser browser) {
        pause(); // policy violations are reported asynchronously, after the element was parsed
        var found = (List<Object>) browser.script(INSPECT);
        var signs = new ArrayList<String>();
        found.forEach(sign -> signs.add(String.valueOf(sign)));
        return signs;
    }

    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
