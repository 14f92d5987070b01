"""An upload handler that enforces the article size limit while the file streams in.

Django's DATA_UPLOAD_MAX_MEMORY_SIZE does not cover files. This handler runs first: it counts
each file's bytes as they arrive and, past ARTICLE_MAX_UPLOAD_BYTES, stops passing them on,
so no later handler holds more than the limit in memory or on disk. The file is then
replaced by an `OversizedUpload`, and the page reports it while the other files go through.
"""

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class OversizedUpload(UploadedFile):
    """Stands in for a file refused for its size: only its name and the limit remain."""

    def __init__(self, name: str, limit: int):
        super().__init__(file=None, name=name, size=0)
        self.limit = limit

    def chunks(self, chunk_size=None):
        return iter(())

    def open(self, mode=None):
        return self

    def close(self):
        return None


class ArticleSizeLimitHandler(FileUploadHandler):
    def __init__(self, request=None, limit: int | None = None):
        super().__init__(request)
        self.limit = limit if limit is not None else settings.ARTICLE_MAX_UPLOAD_BYTES
        self.received = 0
        self.oversized = False

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0
        self.oversized = False

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.oversized = True
        # None stops the chunk here: the handlers after this one never see a byte past
        # the limit, and the rest of the file is read off the socket and dropped.
        return None if self.oversized else raw_data

    def file_complete(self, file_size):
        if self.oversized:
            return OversizedUpload(self.file_name, self.limit)
        # None lets the next handler (memory or temporary file) return the real file.
        return None
