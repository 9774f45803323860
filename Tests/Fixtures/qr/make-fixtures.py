"""Writes the reference QR matrices the Swift encoder is checked against (QRCodeTests).

Run once by hand, with python-qrcode from PyPI (`pip install qrcode`; version 8.2 was used):
    python3 Tests/Fixtures/qr/make-fixtures.py
Each fixture is python-qrcode's module matrix for one text in byte mode at error correction
level M, smallest version, its own mask choice, without quiet zone: one row a line, '#' dark
and '.' light. The first line holds the text, the version and the mask (read back from the
format information). python-qrcode is an independent encoder; the tests never run it.
"""
import pathlib
import qrcode
from qrcode import util

HERE = pathlib.Path(__file__).parent
TEXTS = {
    "hello": "Hello, world",
    "otpauth": "otpauth://totp/Trusted%20Person:sam.coordinator%40example.org"
               "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Trusted%20Person",
    "long": "otpauth://totp/Trusted%20Person:a.very.long.address.for.testing.version.ten%40"
            "a-long-council-name.example.gov.uk?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
            "&issuer=Trusted%20Person&algorithm=SHA1&digits=6&period=30",
}

for name, text in TEXTS.items():
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    code.add_data(util.QRData(text.encode("utf-8"), mode=util.MODE_8BIT_BYTE))
    code.make(fit=True)
    matrix = code.get_matrix()
    rows = ["".join("#" if bit else "." for bit in row) for row in matrix]
    # Format bits 14..10 sit in row 8, columns 0-5 (skipping none); XOR 10101 undoes the mask.
    first = int("".join("1" if matrix[8][c] else "0" for c in range(5)), 2) ^ 0b10101
    header = f"{text}\tversion {code.version}\tmask {first & 0b111}"
    (HERE / f"{name}.txt").write_text(header + "\n" + "\n".join(rows) + "\n")
    print(name, code.version, first & 0b111, first >> 3)
