"""Contacts staff log by hand, and received mail held in quarantine."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from luukku.cases.models import Channel
from luukku.cases.selectors import services_most_asked
from luukku.channels.models import InboundMessage
from luukku.channels.selectors import quarantine_list, quarantined_message_get_for_view
from luukku.channels.services import contact_log, mail_retry
from luukku.core.http import found_or_404
from luukku.core.service_errors import form_errors_add
from luukku.customers.selectors import customer_get_for_view
from luukku.privacy.services import access_log_list

from .forms import ContactLogForm
from .responses import form_page

# The channel of the person's last contact logged in this session: the next one is the same.
CHANNEL_KEY = "contact_channel"
CONTACT_CHANNELS = {Channel.COUNTER, Channel.PHONE}


@login_required
def contact_new(request):
    """Log a counter or phone contact; with "save and log another" the form comes back empty
    on the same channel, the next customer at the counter being someone else."""
    initial = {}
    customer = None
    customer_id = request.GET.get("customer") or request.POST.get("customer")
    if customer_id and str(customer_id).isdigit():
        customer = found_or_404(
            customer_get_for_view,
            customer_id=int(customer_id),
            viewer=request.user,
            context="contact_log",
        )
        initial["customer"] = customer
    if request.session.get(CHANNEL_KEY) in CONTACT_CHANNELS:
        initial["channel"] = request.session[CHANNEL_KEY]
    form = ContactLogForm(
        request.POST or None, initial=initial, first_services=services_most_asked()
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            case = contact_log(
                actor=request.user,
                channel=data["channel"],
                service=data["service"],
                note=data["note"],
                customer=data["customer"],
                resolved=data["resolved"],
                contacted_at=data["contacted_at"],
            )
        except ValidationError as error:
            form_errors_add(form, error)
        else:
            request.session[CHANNEL_KEY] = data["channel"]
            messages.success(
                request, _("Contact logged as %(reference)s.") % {"reference": case.reference}
            )
            if data["customer"] and not request.POST.get("and_another"):
                return redirect("web:customer", customer_id=data["customer"].pk)
            return redirect("web:contact_new")
    return form_page(
        request,
        "web/contact_form.html",
        {"form": form, "customer": customer},
    )


@login_required
def quarantine(request):
    page = Paginator(quarantine_list(viewer=request.user), 50).get_page(request.GET.get("page"))
    access_log_list(
        actor=request.user, context="quarantine_list", query=request.GET, count=len(page)
    )
    return render(request, "web/quarantine.html", {"page_obj": page})


@login_required
def quarantine_detail(request, message_id: int):
    message = found_or_404(
        quarantined_message_get_for_view, message_id=message_id, viewer=request.user
    )
    if request.method == "POST":
        result = mail_retry(message=message, actor=request.user)
        if result.status == InboundMessage.Status.PROCESSED:
            messages.success(
                request,
                _("The message was added to case %(reference)s.")
                % {"reference": result.case.reference},
            )
            return redirect("web:case", reference=result.case.reference)
        messages.error(
            request, _("The message is still in quarantine: %(error)s") % {"error": result.error}
        )
        return redirect("web:quarantine_detail", message_id=result.pk)
    text = bytes(message.raw).decode("utf-8", errors="replace")
    return render(request, "web/quarantine_detail.html", {"message": message, "text": text})
