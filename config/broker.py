"""kombu's filesystem transport, with each message written whole before a worker can see it.

The embedded default (``make run``: no broker server) passes messages as files in a folder.
kombu 5 creates the message file under its final name and then writes it, so a worker
polling the folder can take and read the file while it is still empty, fail to decode it,
and stop ("Unrecoverable error: JSONDecodeError"). Here the message is written under a name
the worker does not read (``....msg.partial``) and renamed into place, which the same file
system does at once. Reading, acknowledging and the rest are kombu's own.
"""

import os
import uuid
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps


class Channel(filesystem.Channel):
    def _put(self, queue, payload, **kwargs):
        name = f"{round(monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = f"{final}.partial"  # not "<queue>.msg": kombu's _get passes it by
        try:
            with open(partial, "wb") as message:
                message.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as error:
            raise ChannelError(f"Cannot add file {final!r} to directory") from error


class Transport(filesystem.Transport):
    Channel = Channel
