"""The case page's merge panel reads its state here, so the page's view need not."""

from django import template

from luukku.cases.merges import case_merge_state as merge_state

register = template.Library()


@register.simple_tag
def case_merge_state(case):
    return merge_state(case=case)
