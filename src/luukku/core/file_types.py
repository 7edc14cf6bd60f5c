"""What an uploaded file is by its content, not its name (pure Python: `filetype`'s magic
numbers, the standard library's zipfile for office documents).

A file is accepted only when its content is the type its name says: a web page or a program
renamed `lasku.pdf`, or a PDF renamed `kuva.jpg`, is refused. Files are served as downloads
only (see `download_content_type`)."""

import zipfile
from pathlib import PurePath

import filetype

# Names that mean the same type.
SAME_TYPE = {"jpeg": "jpg", "tiff": "tif", "htm": "html"}
# Types without a magic number that are accepted when the content is plain text.
TEXT_TYPES = {"txt", "csv"}
# ZIP containers told apart by what they hold: OOXML by a part, OpenDocument by its mimetype.
OOXML_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
OPENDOCUMENT_TYPES = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.presentation": "odp",
}
# The content types a download is labelled with; any other file goes as application/octet-stream.
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "heic": "image/heic",
    "txt": "text/plain",
    "csv": "text/csv",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
HEAD_BYTES = 8192


def extension_of(name: str) -> str:
    extension = PurePath(name).suffix.lower().lstrip(".")
    return SAME_TYPE.get(extension, extension)


def _head(file) -> bytes:
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    return head


def _is_text(head: bytes) -> bool:
    """Plain text in UTF-8 or a Latin encoding: no NUL and no control characters but the
    usual white space."""
    allowed = {9, 10, 12, 13}
    return not any(byte < 32 and byte not in allowed for byte in head) and 127 not in head


def _zip_type(file) -> str | None:
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mimetype = archive.read("mimetype").decode("ascii", "replace").strip()
                return OPENDOCUMENT_TYPES.get(mimetype, "zip")
            for extension, part in OOXML_PARTS.items():
                if part in names:
                    return extension
            return "zip"
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        file.seek(0)


def sniffed_type(file) -> str | None:
    """The type of the file's content as an extension (`pdf`, `jpg`, `docx`, `txt`…), or None
    when it is nothing Luukku recognises."""
    head = _head(file)
    if not head:
        return None
    if head.startswith(b"PK\x03\x04"):
        return _zip_type(file)
    kind = filetype.guess(head)
    if kind is not None:
        return SAME_TYPE.get(kind.extension, kind.extension)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"  # an Office 97–2003 file filetype could not place
    if _is_text(head):
        return "txt"
    return None


# Every type told by its content: the others (an operator may allow e.g. `svg` through
# ATTACHMENT_TYPES) are accepted only when their content is not some other known type, and are
# served as bytes (application/octet-stream).
RECOGNISED = (
    set(CONTENT_TYPES)
    | set(OOXML_PARTS)
    | set(OPENDOCUMENT_TYPES.values())
    | {SAME_TYPE.get(kind.extension, kind.extension) for kind in filetype.types}
)


def content_matches_name(file, name: str) -> bool:
    """Whether the content is the type the name's extension says."""
    extension = extension_of(name)
    sniffed = sniffed_type(file)
    if extension not in RECOGNISED:
        return sniffed in (None, "txt")
    if extension in TEXT_TYPES:
        return sniffed == "txt"
    if extension in ("doc", "xls") and sniffed == "ole":
        return True
    return sniffed == extension


def download_content_type(name: str) -> str:
    """The Content-Type an attachment is served with (always as a download, with nosniff):
    its own for the types Luukku checks by content, else application/octet-stream, so that
    no browser ever renders an SVG, HTML or other active content from an upload."""
    return CONTENT_TYPES.get(extension_of(name), "application/octet-stream")
