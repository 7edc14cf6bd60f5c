"""The unsubscribe link of an announcement (docs/relationships.md, "Announcements"): works
without signing in, by the delivery's unguessable token. GET shows one button; POST (the
button, or a mail program's one-click List-Unsubscribe-Post) stops further announcements
to that customer. Unsubscribing twice is as good as once; an unknown token is not found."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from luukku.relationships.announcements import delivery_by_token, unsubscribe
from luukku.relationships.selectors import is_unsubscribed


# A mail program's one-click POST (RFC 8058) carries no CSRF token; the token in the
# address is the authority, and the only thing it can do is stop announcements.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe_view(request, token: str):
    delivery = delivery_by_token(token)
    if delivery is None:
        raise Http404
    # Unsubscribed already (by this link or another): the page says so rather than ask again.
    done = is_unsubscribed(delivery.customer)
    if request.method == "POST":
        unsubscribe(delivery=delivery)
        done = True
    return render(request, "public/announcements/unsubscribe.html", {"done": done})
