"""`luukku paytrail_sandbox --port 8001`: the local Paytrail sandbox on its own, for the demo
and for trying the payment flow by hand. For tests and the demo only: it keeps payments in
memory and takes no real money (commerce/paytrail/sandbox.py)."""

from django.core.management.base import BaseCommand

from luukku.commerce.paytrail.client import TEST_MERCHANT_ID, TEST_SECRET
from luukku.commerce.paytrail.sandbox import PaytrailSandbox, make_sandbox_server


class Command(BaseCommand):
    help = "Run the local Paytrail sandbox (tests and the demo only; payments kept in memory)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8001)
        parser.add_argument(
            "--public-url", default="", help="The address payers reach the sandbox at."
        )

    def handle(self, *args, host, port, public_url, **options):
        sandbox = PaytrailSandbox(public_url=public_url)
        server = make_sandbox_server(sandbox, host, port)
        bound_host, bound_port = server.server_address[:2]
        self.stdout.write(
            f"Paytrail sandbox at http://{bound_host}:{bound_port}/ "
            f"(merchant {TEST_MERCHANT_ID}, secret {TEST_SECRET}). Ctrl-C stops it."
        )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            sandbox.stop()
            server.server_close()
