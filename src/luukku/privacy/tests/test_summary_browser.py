"""The export's readable summary in a real browser: WCAG 2.1 AA (axe-core) and no sideways
scrolling at 320 px, in the three languages."""

import io
import zipfile

import pytest

from luukku.cases.models import Case
from luukku.core.testing.reflow import WIDTH, reflow_problems
from luukku.privacy.subject_requests import subject_export

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_summary_reads_well_in_every_language(
    demo_city, new_page, accessibility_violations, screenshot
):
    demo_city(cases=60, customers=20)
    customer = Case.objects.filter(customer__isnull=False).first().customer
    problems = []
    for language in ("fi", "sv", "en"):
        archive = zipfile.ZipFile(
            io.BytesIO(subject_export(customer=customer, actor=None, language=language))
        )
        html = archive.read("summary.html").decode()
        for width in (1280, WIDTH):
            page = new_page(width=width, height=800)
            page.set_content(html)
            problems += accessibility_violations(page, f"{language} {width}")
            if width == WIDTH:
                problems += reflow_problems(page, f"{language} summary")
            screenshot(page, f"{language}-{width}-subject-summary")
    assert not problems, "\n".join(problems)
