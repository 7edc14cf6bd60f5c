from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "luukku.appointments"
    verbose_name = _("Appointments and callbacks")

    def ready(self):
        from luukku.cases.registry import case_merge_mover_register
        from luukku.core.scheduler import periodic_job_register
        from luukku.privacy import subjects

        from . import subject_data
        from .services import merging

        case_merge_mover_register(
            "appointments", merging.appointments_merge_move, merging.appointments_merge_restore
        )
        case_merge_mover_register(
            "callbacks", merging.callbacks_merge_move, merging.callbacks_merge_restore
        )

        subjects.register_export("appointments", subject_data.appointments_export)
        subjects.register_export("callbacks", subject_data.callbacks_export)
        subjects.register_blockers(subject_data.appointments_blockers)
        subjects.register_case_anonymiser(subject_data.case_appointments_anonymise)
        subjects.register_customer_anonymiser(
            "appointments", subject_data.customer_appointments_anonymise
        )
        for key, due, anonymise in (
            ("appointments", subject_data.appointments_due, subject_data.appointment_anonymise),
            ("callbacks", subject_data.callbacks_due, subject_data.callback_anonymise),
        ):
            subjects.register_retention_target(
                subjects.RetentionTarget(
                    key=key, rule_field="appointments_after_days", due=due, anonymise=anonymise
                )
            )
        periodic_job_register(
            "luukku.appointments.tasks.appointment_reminders_task", "APPOINTMENT_REMINDER_INTERVAL"
        )
