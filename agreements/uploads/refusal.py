"""The one refusal of an upload or import: the file (or the step asked for) is not accepted, ``message`` says
why in Dutch. Views show the message; nothing has been written."""


class UploadRefused(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
