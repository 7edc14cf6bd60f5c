"""Reads of the key register: the register's list with its filters, a key's page, a
holder's loans, the keys out (the building manager's list) and the overdue ones. The views
write the access log for what they show (holders are personal data)."""

import datetime as dt

from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet

from luukku.commerce.models import Order

from .models import AccessRight, Area, Building, Key, Loan, LockChange

OPEN = Q(returned_at__isnull=True, lost_at__isnull=True)


def _open_loans() -> Prefetch:
    return Prefetch(
        "loans",
        queryset=Loan.objects.filter(OPEN).select_related("employee", "customer"),
        to_attr="open_loans",
    )


def keys_list(
    *, today: dt.date, status: str = "", area: Area | None = None, overdue: bool = False
) -> QuerySet[Key]:
    """The keys and cards with their series and current holder, filtered by status, by an
    area they open (a key: its series'; a card: a right it holds) and by being overdue."""
    keys = Key.objects.select_related("series__building").prefetch_related(_open_loans())
    if status in Key.Status.values:
        keys = keys.filter(status=status)
    if area is not None:
        rights = AccessRight.objects.filter(card=OuterRef("pk"), area=area, ended_at__isnull=True)
        keys = keys.filter(Q(series__areas=area, series__kind="mechanical") | Q(Exists(rights)))
    if overdue:
        late = Loan.objects.filter(OPEN, key=OuterRef("pk"), due_on__lt=today)
        keys = keys.filter(Exists(late))
    return keys.distinct().order_by("series__code", "copy_number")


def areas_all() -> list[Area]:
    return list(Area.objects.select_related("building").order_by("building__name", "position"))


def buildings_all() -> list[Building]:
    return list(Building.objects.order_by("name"))


def key_with_history(key_id: int) -> Key:
    """A key with its series, the doors it opens, its copies, its loans newest first, its
    card's rights and its series' lock changes."""
    return (
        Key.objects.select_related("series__building")
        .prefetch_related(
            Prefetch("series__areas", queryset=Area.objects.order_by("position")),
            Prefetch(
                "series__keys",
                queryset=Key.objects.order_by("copy_number"),
                to_attr="copies",
            ),
            Prefetch(
                "loans",
                queryset=Loan.objects.select_related(
                    "employee", "customer", "order", "case", "lent_by", "received_by", "lost_by"
                ).order_by("-lent_at", "-pk"),
                to_attr="history",
            ),
            Prefetch(
                "rights",
                queryset=AccessRight.objects.select_related("area").order_by(
                    "ended_at", "area__position", "pk"
                ),
                to_attr="all_rights",
            ),
            Prefetch(
                "series__lock_changes",
                queryset=LockChange.objects.select_related("requested_by", "done_by"),
                to_attr="changes",
            ),
        )
        .get(pk=key_id)
    )


def loan_current(key: Key) -> Loan | None:
    return next((loan for loan in key.history if loan.is_open), None)


def loan_lost(key: Key) -> Loan | None:
    """The loan on which a lost key (or a blocked card) was lost, if it was."""
    if key.status not in (Key.Status.LOST, Key.Status.BLOCKED):
        return None
    return next((loan for loan in key.history if loan.lost_at), None)


def _loans() -> QuerySet[Loan]:
    return Loan.objects.select_related(
        "key__series__building", "employee", "customer", "order", "lost_by"
    )


def loans_out(*, building: Building | None = None, today: dt.date | None = None) -> list[Loan]:
    """The keys and cards out now, with what they open: the building manager's list."""
    loans = (
        _loans()
        .filter(OPEN)
        .prefetch_related(
            Prefetch("key__series__areas", queryset=Area.objects.order_by("position")),
            Prefetch(
                "key__rights",
                queryset=AccessRight.objects.filter(ended_at__isnull=True).select_related("area"),
                to_attr="active_rights",
            ),
        )
        .order_by("key__series__building__name", "key__series__code", "key__copy_number")
    )
    if building is not None:
        loans = loans.filter(key__series__building=building)
    loans = list(loans)
    for loan in loans:
        loan.doors = _doors(loan.key)
        loan.deposit = deposit_state(loan)
    return loans


def _doors(key: Key) -> list[tuple[str, str]]:
    """What a key out opens, each door once: a key its series' doors (no times), a card the
    areas of its rights in force, each with the weekdays and hours of its rights there."""
    from django.utils.formats import time_format

    from .templatetags.key_labels import weekday_list

    if not key.series.is_card:
        return [(area.name, "") for area in key.series.areas.all()]
    by_area: dict[int, tuple[str, list[str]]] = {}
    rights = sorted(key.active_rights, key=lambda r: (r.area.position, r.starts, r.pk))
    for right in rights:
        hours = f"{time_format(right.starts, 'G.i')}–{time_format(right.ends, 'G.i')}"
        _name, times = by_area.setdefault(right.area_id, (right.area.name, []))
        times.append(f"{weekday_list(right.weekdays)} {hours}")
    return [(name, "; ".join(dict.fromkeys(times))) for name, times in by_area.values()]


def loans_overdue(today: dt.date) -> list[Loan]:
    return list(_loans().filter(OPEN, due_on__lt=today).order_by("due_on", "pk"))


def holder_loans(*, customer=None, employee=None) -> list[Loan]:
    """Every loan of one holder, newest first."""
    loans = _loans()
    if customer is not None:
        return list(loans.filter(customer=customer).order_by("-lent_at", "-pk"))
    return list(loans.filter(employee=employee).order_by("-lent_at", "-pk"))


def customer_key_loans(customer) -> list[Loan]:
    """The customer's keys out and their last returned ones, for the customer page."""
    return list(
        Loan.objects.filter(customer=customer)
        .select_related("key__series", "order")
        .order_by(
            F("returned_at").desc(nulls_first=True), F("lost_at").desc(nulls_first=True), "-lent_at"
        )[:10]
    )


def lock_changes_waiting() -> list[LockChange]:
    return list(
        LockChange.objects.filter(done_at__isnull=True)
        .select_related("series__building", "requested_by")
        .order_by("requested_at")
    )


def lock_changes_pending_for(key: Key) -> list[LockChange]:
    """The lock changes not yet done after a loss that concern `key`: of its own series
    (another copy was lost, so the key stops working when the locks are changed) or of a
    series opening one of the same doors. The lend form warns of them and asks to confirm.
    A card is not concerned: its reader is not the lock that is changed."""
    if key.series.is_card:
        return []
    areas = key.series.areas.values("pk")
    return list(
        LockChange.objects.filter(done_at__isnull=True)
        .filter(Q(series_id=key.series_id) | Q(series__areas__in=areas))
        .select_related("series__building")
        .distinct()
        .order_by("requested_at", "pk")
    )


def deposit_state(loan: Loan) -> str:
    """The deposit's actual state read from its order: "" (none), "open" (owed), "paid",
    "refunded" (given back already), "cancelled" or "invoiced"."""
    order = loan.order
    if order is None:
        return ""
    if order.status == Order.Status.PAID and order.refunded_cents >= order.paid_cents > 0:
        return "refunded"
    return order.status


def deposit_prices(series, on: dt.date) -> list[tuple[str, int]]:
    """The series' deposit for each kind of holder who pays one (their price group's price
    on the day): [(holder kind label, cents)]; empty without a deposit product."""
    from luukku.commerce.selectors.pricing import price_for

    from .services.deposits import HOLDER_GROUPS

    if series.deposit_product_id is None:
        return []
    rows = []
    for kind, group in HOLDER_GROUPS.items():
        price = price_for(series.deposit_product, group, on)
        if price is not None:
            rows.append((Loan.HolderKind(kind).label, price.amount_cents))
    return rows


def key_whereabouts(key: Key) -> str:
    """Where a key that is not in store is, as a sentence in the reader's language."""
    from django.utils.translation import gettext as _

    if key.status == Key.Status.LENT:
        loan = Loan.objects.filter(OPEN, key=key).select_related("employee", "customer").first()
        if loan is not None:
            return _("The key is lent to %(holder)s.") % {"holder": loan.holder_name}
        return _("The key is lent.")
    texts = {
        Key.Status.LOST: _("The key is lost."),
        Key.Status.BLOCKED: _("The card is blocked."),
        Key.Status.RETIRED: _("The key is retired."),
    }
    return texts.get(key.status, "")


# How long a loss is remembered when the same holder borrows again.
RECENT_LOSS_DAYS = 365


def holder_warnings(customer, today: dt.date) -> list[str]:
    """What the agent should know before lending to the customer: keys overdue, deposits
    unpaid, a key lost within a year."""
    from django.utils.translation import ngettext

    if customer is None:
        return []
    loans = list(Loan.objects.filter(customer=customer).select_related("key__series", "order"))
    overdue = [x.key.label for x in loans if x.is_open and x.due_on and x.due_on < today]
    unpaid = [
        x.key.label
        for x in loans
        if x.order_id and x.order.status == Order.Status.OPEN and x.returned_at is None
    ]
    since = today - dt.timedelta(days=RECENT_LOSS_DAYS)
    lost = [x.key.label for x in loans if x.lost_at and x.lost_at.date() >= since]
    warnings = []
    if overdue:
        warnings.append(
            ngettext("Overdue key: %(keys)s.", "Overdue keys: %(keys)s.", len(overdue))
            % {"keys": ", ".join(overdue)}
        )
    if unpaid:
        warnings.append(
            ngettext(
                "Deposit not paid for key %(keys)s.",
                "Deposits not paid for keys %(keys)s.",
                len(unpaid),
            )
            % {"keys": ", ".join(unpaid)}
        )
    if lost:
        warnings.append(
            ngettext(
                "Lost a key within a year: %(keys)s.",
                "Lost keys within a year: %(keys)s.",
                len(lost),
            )
            % {"keys": ", ".join(lost)}
        )
    return warnings
