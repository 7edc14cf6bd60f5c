from django.db import models


class TimeStamped(models.Model):
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class JobLease(models.Model):
    """A background job's lease: the worker that took it and until when it holds it.

    A worker renews the lease while the job runs; a running job whose lease ran out belongs
    to a worker that died, and the next worker takes it again (`luukku.core.jobs`).
    """

    job = models.OneToOneField(
        "django_tasks_database.DBTaskResult",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="lease",
    )
    worker_id = models.CharField(max_length=64)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.job_id} {self.worker_id} {self.expires_at:%Y-%m-%d %H:%M:%S}"
