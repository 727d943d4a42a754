// Planwijzer's sign-in relay for GitHub: the one step of signing in to /beheer/ (Decap
// CMS) that GitHub allows only from a server, exchanging the sign-in code for a token with
// the OAuth app's secret. A Cloudflare Worker: no server to keep, nothing stored, no log.
//
// Settings (Cloudflare: Worker > Settings > Variables and Secrets):
//   GITHUB_CLIENT_ID      the OAuth app's Client ID
//   GITHUB_CLIENT_SECRET  the OAuth app's client secret (as a Secret)
//   SITE_ORIGINS          the sites that may receive a token, comma-separated,
//                         e.g. https://organisatie.github.io (scheme and host, no path)
//   GITHUB_URL            optional: GitHub Enterprise (default https://github.com)
//
// The flow Decap CMS expects: /auth sends the editor to GitHub, /callback gets the token
// and hands it to the page that opened the window, only if that page is one of SITE_ORIGINS.

const STATE_COOKIE = "planwijzer-state";

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const github = (env.GITHUB_URL || "https://github.com").replace(/\/+$/, "");
    if (request.method !== "GET") {
      return new Response("", { status: 405 });
    }
    if (url.pathname === "/auth") {
      return start(url, env, github);
    }
    if (url.pathname === "/callback") {
      return finish(request, url, env, github);
    }
    return new Response("Planwijzer: aanmelddienst voor GitHub.\n", { status: 404 });
  },
};

function start(url, env, github) {
  if (url.searchParams.get("provider") !== "github") {
    return answer(env, "error", { message: "Deze aanmelddienst is alleen voor GitHub." });
  }
  if (!env.GITHUB_CLIENT_ID || !env.GITHUB_CLIENT_SECRET) {
    return answer(env, "error", { message: "De aanmelddienst mist GITHUB_CLIENT_ID of GITHUB_CLIENT_SECRET." });
  }
  const state = crypto.randomUUID();
  // A public repository needs less than all of the editor's repositories.
  const scope = url.searchParams.get("scope") === "public_repo" ? "public_repo" : "repo";
  const target = new URL(github + "/login/oauth/authorize");
  target.search = new URLSearchParams({
    client_id: env.GITHUB_CLIENT_ID,
    redirect_uri: url.origin + "/callback",
    scope,
    state,
  }).toString();
  return new Response(null, {
    status: 302,
    headers: {
      Location: target.toString(),
      // Only this browser, coming back within ten minutes, may finish (no forged callback).
      "Set-Cookie": `${STATE_COOKIE}=${state}; Path=/callback; Max-Age=600; HttpOnly; Secure; SameSite=Lax`,
      "Cache-Control": "no-store",
    },
  });
}

async function finish(request, url, env, github) {
  const code = url.searchParams.get("code");
  const state = url.searchParams.get("state");
  const cookie = (request.headers.get("Cookie") || "").match(/(?:^|;\s*)planwijzer-state=([0-9a-f-]{36})(?:;|$)/);
  if (!code || !state || !cookie || cookie[1] !== state) {
    return answer(env, "error", { message: "Het aanmelden is verlopen of niet hier begonnen: probeer opnieuw." });
  }
  let data = {};
  try {
    const response = await fetch(github + "/login/oauth/access_token", {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({
        client_id: env.GITHUB_CLIENT_ID,
        client_secret: env.GITHUB_CLIENT_SECRET,
        code,
        redirect_uri: url.origin + "/callback",
      }),
    });
    data = await response.json();
  } catch {
    data = {};
  }
  if (!data.access_token) {
    return answer(env, "error", { message: "GitHub gaf geen toegang: " + (data.error_description || data.error || "geen antwoord") });
  }
  return answer(env, "success", { token: data.access_token, provider: "github" });
}

// The page in the sign-in window: it tells the CMS it is there, and gives the outcome only
// to a page of SITE_ORIGINS that answers (Decap's handshake: 'authorizing:github').
function answer(env, outcome, content) {
  const origins = (env.SITE_ORIGINS || "").split(",").map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean);
  const message = `authorization:github:${outcome}:${JSON.stringify(content)}`;
  const data = (value) => JSON.stringify(value).replace(/</g, "\\u003c");
  const script = `(function () {
  var origins = ${data(origins)}, message = ${data(message)};
  window.addEventListener("message", function (event) {
    if (event.data === "authorizing:github" && origins.indexOf(event.origin) !== -1) {
      window.opener.postMessage(message, event.origin);
    }
  });
  origins.forEach(function (origin) {
    if (window.opener) window.opener.postMessage("authorizing:github", origin);
  });
})();`;
  const said = outcome === "success" ? "Aangemeld: dit venster sluit vanzelf." : content.message;
  const body = `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Aanmelden</title></head>
<body><p>${said.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p><script>${script}</script></body></html>
`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
      "Set-Cookie": `${STATE_COOKIE}=; Path=/callback; Max-Age=0; HttpOnly; Secure; SameSite=Lax`,
    },
  });
}
