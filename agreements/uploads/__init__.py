"""Uploaded spreadsheets (monitor imports, the agreement register): one refusal type, one set of checks on
the bytes (``checks``), and one bounded reader (``reader``) that parses in a child process."""

from .checks import check_size, check_xlsx_upload
from .fields import UploadField
from .reader import Sheet, read_sheet
from .refusal import UploadRefused

__all__ = ["Sheet", "UploadField", "UploadRefused", "check_size", "check_xlsx_upload", "read_sheet"]
