"""The worker's tasks of reservations and registrations."""

from django_tasks import task


@task()
def reservations_lapse_task() -> int:
    from .services.reservation_handling import reservations_lapse

    return reservations_lapse()


@task()
def registrations_expire_task() -> int:
    from .services.registration_changes import registrations_expire

    return registrations_expire()


@task()
def round_cases_resume_task() -> int:
    from .services.rounds import round_cases_resume

    return round_cases_resume()
