"""Real mail servers for the tests: aiosmtpd for SMTP and a throw-away Dovecot for IMAP."""

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SmtpInbox(Message):
    """Collects what the local SMTP server accepts; can be told to refuse everything."""

    def __init__(self):
        super().__init__()
        self.messages = []
        self.refuse = False

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            return "451 4.3.0 Try again later"
        return await super().handle_DATA(server, session, envelope)

    def handle_message(self, message):
        self.messages.append(message)


class SmtpServer:
    def __init__(self):
        self.inbox = SmtpInbox()
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=free_port())

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    @property
    def port(self) -> int:
        return self.controller.port


DOVECOT_CONF = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/run
instance_name = luukku-test-{port}
import_environment = {environment}
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
first_valid_uid = 1
default_internal_user = {user}
default_login_user = {user}
default_internal_group = {group}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={root}/mail/%u
}}
mail_location = maildir:{root}/mail/%u/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
  chroot =
}}
service anvil {{
  chroot =
}}
"""


def dovecot_environment() -> str:
    """The variables Dovecot keeps from its environment (it clears the rest): its defaults, and
    a clock moved by libfaketime for the shifted-date runs (`make test-dates`). Without them
    Dovecot's processes would fall back to the real clock after libfaketime's next re-read,
    its master would see time jump backwards, and it stops starting processes for minutes."""
    names = ["TZ", "CORE_OUTOFMEM", "CORE_ERROR", "LISTEN_PID", "LISTEN_FDS", "NOTIFY_SOCKET"]
    names += sorted(n for n in os.environ if n == "LD_PRELOAD" or n.startswith("FAKETIME"))
    return " ".join(names)


class Dovecot:
    """A throw-away Dovecot IMAP server on a free port, with its own users and mail."""

    password = "salasana"

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="luukku-dovecot-"))
        self.port = free_port()
        self.config = self.root / "dovecot.conf"
        self._users = 0

    def __enter__(self):
        if os.geteuid() == 0:
            user = group = "dovenull"
        else:
            user = pwd.getpwuid(os.geteuid()).pw_name
            group = user
        (self.root / "run").mkdir()
        (self.root / "mail").mkdir()
        self.config.write_text(
            DOVECOT_CONF.format(
                root=self.root,
                port=self.port,
                user=user,
                group=group,
                password=self.password,
                environment=dovecot_environment(),
            )
        )
        shutil.chown(self.root / "mail", user, group)
        self.root.chmod(0o755)
        subprocess.run([DOVECOT, "-c", str(self.config)], check=True, timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"Dovecot did not start: {self.log()}")

    def __exit__(self, *exc):
        subprocess.run([DOVECOT, "-c", str(self.config), "stop"], timeout=30, check=False)
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text() if path.exists() else ""

    def add_user(self) -> str:
        """A new, empty mailbox: any user name logs in with `password`, so each test has its own."""
        self._users += 1
        return f"box{self._users}-{os.getpid()}@vuoksela.example"
