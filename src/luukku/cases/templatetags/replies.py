"""`{% reply_letter event as letter %}`: a reply with its one signature, for the pages that
show replies (the case page, the citizen's status page) as the mail does."""

from django import template

from luukku.cases import replies

register = template.Library()


@register.simple_tag
def reply_letter(event) -> replies.Letter:
    return replies.reply_letter(event)
