"""What the apps beside commerce register to hear of their orders, so that commerce imports
none of them (bookings: a reservation or a course place confirmed once its order is paid;
keys: a deposit paid). Each registers in its `AppConfig.ready()`.

- Settled: a function (order=, by=, now=) called in the write's transaction when an order is
  paid in full (at the counter, online, by a bank payment on its invoice) or invoiced. It
  runs after commerce's own locks, so the app's rows come after `commerce.NumberSeries` in
  `core.locks.LOCK_ORDER`, and before the order's step on its case.
- Cancelled: a function (order=, by=, now=) called in the write's transaction when an order
  nothing was paid on is cancelled, after the order's lock.

- Refunding: a function (order=) called before any refund of a paid order is checked (at the
  counter or online); it raises a ValidationError to refuse it (keys: the deposit of a key
  still lent is given back only when the key comes back).

- Refunded: a function (order=, amount_cents=, by=, now=) called in the refund's write once
  a refund of the order is recorded (at the counter or online), after commerce's own locks
  (bookings: a cancelled registration's "to refund" goes down by what was given back).

A hook that raises fails the whole write: the payment is not taken without what it pays for.
"""

from collections.abc import Callable

SETTLED: list[Callable[..., None]] = []
CANCELLED: list[Callable[..., None]] = []
REFUNDING: list[Callable[..., None]] = []
REFUNDED: list[Callable[..., None]] = []


def order_settled_hook_register(hook: Callable[..., None]) -> None:
    if hook not in SETTLED:
        SETTLED.append(hook)


def order_cancelled_hook_register(hook: Callable[..., None]) -> None:
    if hook not in CANCELLED:
        CANCELLED.append(hook)


def order_refunding_hook_register(hook: Callable[..., None]) -> None:
    if hook not in REFUNDING:
        REFUNDING.append(hook)


def order_refunded_hook_register(hook: Callable[..., None]) -> None:
    if hook not in REFUNDED:
        REFUNDED.append(hook)


def order_refunded(order, *, amount_cents: int, by=None, now) -> None:
    for hook in REFUNDED:
        hook(order=order, amount_cents=amount_cents, by=by, now=now)


def order_refunding(order) -> None:
    for hook in REFUNDING:
        hook(order=order)


def order_settled(order, *, by=None, now) -> None:
    for hook in SETTLED:
        hook(order=order, by=by, now=now)


def order_cancelled(order, *, by=None, now) -> None:
    for hook in CANCELLED:
        hook(order=order, by=by, now=now)
