import helmet from 'helmet';

/**
 * Headers for every response, the dashboard's pages above all. The built dashboard loads its
 * scripts and stylesheets as files, so nothing inline is allowed, except style *attributes*:
 * recharts and React's `style` props position chart elements with them, and an attribute cannot
 * run script. `upgrade-insecure-requests` is left out so a plain-http local install still works.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        styleSrcElem: ["'self'"],
        styleSrcAttr: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Old browsers that ignore frame-ancestors still honour X-Frame-Options.
    frameguard: { action: 'deny' },
    // Review periods, filters and ids sit in the dashboard's URLs: never send them elsewhere.
    referrerPolicy: { policy: 'no-referrer' },
  });
}
