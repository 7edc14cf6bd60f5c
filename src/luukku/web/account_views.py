"""The signed-in person's own pages: their settings and the workspace's help."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from luukku.organisation.services import user_set_keyboard_shortcuts

# The keys of shortcuts.js (data-shortcut on the pages' links, buttons and fields), in the
# order the help page lists them.
SHORTCUTS = [
    ("j", gettext_lazy("Next case of the list (on the list: open the first case)")),
    ("k", gettext_lazy("Previous case of the list")),
    ("u", gettext_lazy("Back to the list")),
    ("t", gettext_lazy("Take the case")),
    ("r", gettext_lazy("Write a reply")),
    ("n", gettext_lazy("Write an internal note")),
    ("/", gettext_lazy("Search")),
    ("?", gettext_lazy("Show the keyboard shortcuts")),
    ("Ctrl+Enter", gettext_lazy("Send the reply (in the reply box)")),
    ("Ctrl+Shift+Enter", gettext_lazy("Send the reply and open the next case of the list")),
    ("Esc", gettext_lazy("Leave the text field, so that the keys work again")),
]


class SettingsForm(forms.Form):
    # On or off, chosen outright: a form sent without a choice is refused, not read as "off".
    keyboard_shortcuts = forms.TypedChoiceField(
        label=gettext_lazy("Keyboard shortcuts"),
        choices=[("on", gettext_lazy("On")), ("off", gettext_lazy("Off"))],
        coerce=lambda value: value == "on",
        widget=forms.RadioSelect,
        error_messages={"required": gettext_lazy("Choose whether the shortcuts are on or off.")},
        help_text=gettext_lazy(
            "Single keys such as j (next case) and r (reply) work on the staff pages. They "
            "never act while you type in a text field. Turn them off if they get in the way "
            "of your speech recognition or other assistive technology."
        ),
    )


@login_required
def account_settings(request):
    """The person's own preferences (for now the keyboard shortcuts, WCAG 2.1.4)."""
    sent = request.method == "POST"
    form = SettingsForm(
        request.POST if sent else None,
        initial={"keyboard_shortcuts": "on" if request.user.keyboard_shortcuts else "off"},
    )
    if sent and form.is_valid():
        user_set_keyboard_shortcuts(
            user=request.user, enabled=form.cleaned_data["keyboard_shortcuts"]
        )
        messages.success(request, _("Your settings were saved."))
        return redirect("web:settings")
    return render(request, "web/account_settings.html", {"form": form}, status=400 if sent else 200)


@login_required
def help_page(request):
    return render(request, "web/help.html", {"shortcuts": SHORTCUTS})
