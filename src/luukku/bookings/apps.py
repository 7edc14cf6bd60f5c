from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingsConfig(AppConfig):
    name = "luukku.bookings"
    label = "bookings"
    verbose_name = _("Reservations and registrations")

    def ready(self):
        from luukku.commerce.hooks import order_cancelled_hook_register, order_settled_hook_register
        from luukku.core.scheduler import periodic_job_register
        from luukku.privacy import subjects

        from . import subject_data
        from .services import reservation_handling
        from .services.registration_changes import order_hooks_register

        order_settled_hook_register(reservation_handling.order_settled)
        order_cancelled_hook_register(reservation_handling.order_cancelled)
        periodic_job_register(
            "luukku.bookings.tasks.reservations_lapse_task", "RESERVATION_LAPSE_INTERVAL"
        )
        subjects.register_export("reservations", subject_data.reservations_export)
        subjects.register_case_anonymiser(subject_data.case_reservations_anonymise)
        subjects.register_customer_anonymiser(
            "reservations", subject_data.customer_reservations_anonymise
        )
        order_hooks_register()
        periodic_job_register(
            "luukku.bookings.tasks.registrations_expire_task", "COURSE_EXPIRY_CHECK_INTERVAL"
        )
        periodic_job_register(
            "luukku.bookings.tasks.round_cases_resume_task", "RESERVATION_LAPSE_INTERVAL"
        )
        subjects.register_export("round_applications", subject_data.applications_export)
        subjects.register_case_anonymiser(subject_data.case_applications_anonymise)
        subjects.register_customer_anonymiser(
            "round_applications", subject_data.customer_applications_anonymise
        )
        subjects.register_export("registrations", subject_data.registrations_export)
        subjects.register_case_anonymiser(subject_data.case_registrations_anonymise)
        subjects.register_customer_anonymiser(
            "registrations", subject_data.customer_registrations_anonymise
        )
