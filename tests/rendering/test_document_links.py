"""Links in the PDF: a narrative page's link to another narrative page names its site address."""

from __future__ import annotations

from planwijzer import pipeline
from planwijzer.rendering.document_links import rewrite_links

SITE = "https://plan.example/"


def test_a_link_to_a_readme_page_names_the_address_the_site_gives_it(plan_folder):
    plan = pipeline.check(plan_folder().root).plan
    html = '<p><a href="over/README.md">Over</a> en <a href="uitleg.md#kort">uitleg</a></p>'
    text = str(rewrite_links(html, set(), {}, plan, SITE))
    # The site has the README at over/ (shared.site_paths.page_address), not at over/README/.
    assert f'<a href="{SITE}over/">Over</a> ({SITE}over/)' in text
    assert f'<a href="{SITE}uitleg/#kort">uitleg</a> ({SITE}uitleg/#kort)' in text
