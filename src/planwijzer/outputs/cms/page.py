"""/beheer/index.html: the page around the CMS.

It says whose it is before anyone signs in (the organisation, the plan and its logo,
where you sign in and what a save does), in place of Decap's own logo. On a screen
narrower than the forms (800 px, Decap's own breakpoint) it says that editing needs a
larger screen and does not load the CMS at all (5 MB a phone would load for nothing).
And "Publiceer" is offered only on an entry whose status is "Klaar": on any other
status Decap's "Publiceer nu" did nothing but refuse in a dialog.
"""

from __future__ import annotations

import html

from ...loading.site_contract import Beheer
from ...model import Plan

WIDE = 800  # px: from here the CMS's forms fit without sideways scrolling
HOSTS = {"github": "GitHub", "gitlab": "GitLab", "gitea": "Gitea"}

# Decap's classes carry their component's name (emotion labels): the sign-in page, its
# logo and credit, the toolbar's status and publish buttons. Decap adds its own styles
# after these: an id makes these win.
STYLE = """
body { margin: 0; font-family: system-ui, sans-serif; color: #1f2328; }
#pw-wie { display: none; max-width: 36rem; margin: 0 auto; padding: 2rem 1rem 0;
  text-align: center; line-height: 1.5; }
#pw-wie img { max-width: 12rem; max-height: 6rem; }
#pw-wie h1 { font-size: 1.5rem; margin: 0.25rem 0 1rem; }
#pw-wie .pw-organisatie { font-weight: 600; margin: 0.5rem 0 0; }
#pw-wie .pw-scherm { display: none; border: 2px solid #1f2328; padding: 0.75rem 1rem; }
body:not(:has(#nc-root *)) #pw-wie,
body:has([class*="StyledAuthenticationPage"]) #pw-wie { display: block; }
#nc-root [class*="StyledAuthenticationPage"] { height: auto; gap: 1.5rem;
  padding: 1.5rem 1rem 3rem; }
#nc-root [class*="DecapLogoIcon"], #nc-root [class*="NetlifyCreditIcon"] { display: none; }
body.pw-niet-klaar [class*="-PublishButton"] { display: none; }
/* The messages under a field as sentences, not in capitals (ControlErrorsList). */
#nc-root .ec1nk3l1 { text-transform: none !important; font-weight: 600; }
@media (max-width: %(narrow)spx) {
  #pw-wie, #pw-wie .pw-scherm { display: block; }
  #pw-wie .pw-aanmelden { display: none; }
  #nc-root { display: none; }
}
"""

# The CMS only where it fits; "Publiceer" only when the status says "Klaar".
SCRIPT = """
(function () {
  var wide = window.matchMedia("(min-width: %(wide)spx)");
  function load() {
    if (!wide.matches || document.getElementById("pw-cms")) return;
    var cms = document.createElement("script");
    cms.id = "pw-cms";
    cms.src = "decap-cms.js";
    cms.async = false;
    document.body.appendChild(cms);
    // Planwijzer's own fields, right after the CMS (in order: not async).
    var own = document.createElement("script");
    own.src = "widgets.js";
    own.async = false;
    document.body.appendChild(own);
  }
  new MutationObserver(function () {
    var status = document.querySelector('[class*="-StatusButton"]');
    var ready = !status || /Klaar$/.test(status.textContent.trim());
    document.body.classList.toggle("pw-niet-klaar", !ready);
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
  load();
  wide.addEventListener("change", load);
})();
"""


def sign_in_sentence(settings: Beheer, local: bool) -> str:
    """Where you sign in and what a save does, in one sentence."""
    if local:
        return (
            "Je werkt op deze computer: opslaan bewaart je wijziging als een voorstel in de "
            "lokale repository, publiceren zet ze in het plan."
        )
    host = HOSTS[settings.host]
    return (
        f"Je meldt je aan met je eigen account bij {host}. Opslaan maakt een voorstel "
        f"(een pull request); pas als wie het plan beheert het samenvoegt, staat je "
        f"wijziging op de site."
    )


def page(plan: Plan, settings: Beheer, *, local: bool) -> str:
    """The whole page; every text from the plan escaped."""
    title = html.escape(plan.title)
    logo = ""
    if plan.identity is not None and plan.identity.logo:
        logo = f'<img src="../{html.escape(plan.identity.logo, quote=True)}" alt="">\n'
    narrow = WIDE - 0.02
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Beheer - {title}</title>
<link href="config.yml" type="text/yaml" rel="cms-config-url">
<style>{STYLE % {"narrow": narrow}}</style>
</head>
<body>
<main id="pw-wie">
{logo}<p class="pw-organisatie">{html.escape(plan.organisation)}</p>
<h1>Beheer van {title}</h1>
<p class="pw-aanmelden">{html.escape(sign_in_sentence(settings, local))}</p>
<p class="pw-scherm">Bewerken in de browser vraagt een groter scherm: een computer of
tablet van minstens {WIDE} pixels breed. Op een telefoon passen de formulieren niet.</p>
</main>
<noscript><p>Het beheer van {title} werkt met JavaScript.</p></noscript>
<script>{SCRIPT % {"wide": WIDE}}</script>
</body>
</html>
"""
