#!/usr/bin/python3
"""A real SMTP server for Tandem's tests (aiosmtpd): keeps every message it accepts as a .eml
file in a folder, and writes the port it listens on to <folder>/port once it is ready.

Next to each .eml it writes the same message read back (a .json: recipients, subject, headers,
the text, HTML and calendar parts decoded), for tests in any language.

Recipients whose address starts with `refuse` are refused for good (550) and those starting
with `busy` for now (451), so tests see both kinds of failure.

usage: mail_sink.py FOLDER   (runs until stopped)
"""
import email
import email.policy
import json
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller


class Keep:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("refuse"):
            return "550 5.1.1 No such mailbox here"
        if local.startswith("busy"):
            return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = f"{time.time_ns()}-{self.count}.eml"
        tmp = os.path.join(self.folder, "." + name)
        with open(tmp, "wb") as f:
            f.write(b"X-Envelope-To: " + ", ".join(envelope.rcpt_tos).encode() + b"\r\n")
            f.write(envelope.original_content or envelope.content)
        os.rename(tmp, os.path.join(self.folder, name))
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        read = {
            "to": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to_header": str(message["To"]),
            "subject": str(message["Subject"]),
            "headers": {k: str(v) for k, v in message.items()},
            "text": "",
            "html": "",
            "calendar": [],
        }
        for part in message.walk():
            kind = part.get_content_type()
            if part.is_multipart():
                continue
            if kind == "text/plain" and not read["text"]:
                read["text"] = part.get_content()
            elif kind == "text/html" and not read["html"]:
                read["html"] = part.get_content()
            elif kind == "text/calendar":
                read["calendar"].append({
                    "content_type": part["Content-Type"],
                    "filename": part.get_filename(),
                    "content": part.get_content() if isinstance(part.get_content(), str)
                    else part.get_content().decode(),
                })
        stem = name[: -len(".eml")]
        with open(os.path.join(self.folder, "." + stem + ".json"), "w") as f:
            json.dump(read, f)
        os.rename(os.path.join(self.folder, "." + stem + ".json"),
                  os.path.join(self.folder, stem + ".json"))
        return "250 Message accepted"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    port = free_port()
    controller = Controller(Keep(folder), hostname="127.0.0.1", port=port)
    controller.start()
    with open(os.path.join(folder, ".port"), "w") as f:
        f.write(str(port))
    os.rename(os.path.join(folder, ".port"), os.path.join(folder, "port"))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
